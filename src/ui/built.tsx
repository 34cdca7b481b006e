import { Component } from 'preact';

/**
 * Shows, inside a Preact tree, nodes that one of the UI's plain-DOM functions builds (the policy links, which
 * the banner shows before Preact loads), so both layers use one implementation. Built once, on mount, inside a
 * span of Preact's own (Preact keeps track of its nodes, not of ones put in their place).
 */
export class Built extends Component<{ build: (doc: Document) => Node }> {
  private host: HTMLElement | null = null;
  override componentDidMount() {
    this.host!.append(this.props.build(this.host!.ownerDocument));
  }
  override shouldComponentUpdate() {
    return false;
  }
  render() {
    return <span ref={(el) => void (this.host = el)} />;
  }
}
