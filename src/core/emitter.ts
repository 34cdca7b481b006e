type Listener<T> = (payload: T) => void;

/** A typed event emitter; a throwing listener is reported and never stops the others or the caller. */
export function createEmitter<Events>() {
  const listeners: { [K in keyof Events]?: Set<Listener<Events[K]>> } = {};
  return {
    on<K extends keyof Events>(name: K, fn: Listener<Events[K]>): () => void {
      const set = (listeners[name] ??= new Set());
      set.add(fn);
      return () => void set.delete(fn);
    },
    emit<K extends keyof Events>(name: K, payload: Events[K]): void {
      listeners[name]?.forEach((fn) => {
        try {
          fn(payload);
        } catch (error) {
          console.error(error);
        }
      });
    },
  };
}
