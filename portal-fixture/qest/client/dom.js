/**
 * Element building for the QEST screens. Children that are strings become text nodes, so data
 * from the API (a consumer's name, say) can only ever show as text.
 */

/**
 * Creates an element: `h('p', { class: 'note' }, 'Saved.')`. An `on<event>` attribute holding a
 * function becomes a listener; `false`, `null` and `undefined` attributes are left out; `true`
 * writes a bare attribute.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  appendAll(element, children);
  return element;
}

/** Replaces an element's children. */
export function setChildren(parent, ...children) {
  parent.replaceChildren();
  appendAll(parent, children);
}

/** Resolves after `ms`. */
export function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function appendAll(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : String(child));
  }
}
