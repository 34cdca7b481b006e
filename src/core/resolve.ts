import { deepFreeze } from './freeze';
import type { ConsentConfig, ResolvedConfig } from './types';

const withLists = <T extends { cookies?: unknown; localStorage?: unknown }>(item: T) => {
  item.cookies ??= [];
  item.localStorage ??= [];
  return item;
};

/**
 * Fills in every default of a validated config and freezes the result, so no one can change it later.
 * `input` must be the validator's private copy: it is changed in place.
 */
export function resolveConfig(input: ConsentConfig): ResolvedConfig {
  const { $schema, ...config } = input as ConsentConfig & Record<string, any>;
  config.revision ??= 1;
  config.storage ??= 'cookie';
  config.mode ??= 'opt-in';
  config.defaultLanguage ??= 'en';
  config.integrations ??= {};
  config.trackerFreePaths ??= [];
  config.sensitivePaths ??= [];
  config.texts ??= {};
  config.ui ??= {};
  config.cookie = { name: 'consentry', expiresDays: 182, ...config.cookie };
  // Without any explicit "gpc", marketing is the category US opt-out laws are about.
  const gpcByDefault = config.categories.every((c) => c.gpc === undefined);
  for (const c of config.categories) {
    withLists(c).required = c.required === true;
    c.gpc = gpcByDefault ? c.id == 'marketing' : c.gpc === true;
    c.sessionReplay = c.sessionReplay === true;
    c.separate = c.separate === true;
    if (c.separate) c.expiresDays ??= config.cookie.expiresDays;
    (c.services ??= []).forEach(withLists);
  }
  return deepFreeze(config as ResolvedConfig);
}
