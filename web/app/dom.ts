/**
 * A very small element builder: h('a', { href }, 'text', child). Text goes in as text nodes, never
 * as HTML, so API strings cannot inject markup.
 */
export type Child = Node | string | number | null | undefined | false | Child[];

type Attributes = Record<string, string | number | boolean | undefined | null | EventListener>;

const append = (parent: Node, child: Child) => {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
    return;
  }
  parent.appendChild(
    typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
  );
};

export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
};

/** Trusted, static SVG markup (icons written in this code base only). */
export const svg = (markup: string): Element => {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstElementChild!;
};

export const replaceChildren = (parent: Element, ...children: Child[]) => {
  parent.replaceChildren();
  append(parent, children);
};
