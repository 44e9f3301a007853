/**
 * Controlled form fields, kept the way React-style frameworks keep them: each field's value lives
 * in the screen's state, and the DOM only shows it.
 *
 * - An `input` or `change` event copies a field's value into state, but only when it differs from
 *   the value the framework last wrote or accepted. As with React's value tracker, a value put
 *   through the element's own `value` (or `checked`) property by a script in the page counts as
 *   written by the framework, so no event makes it a change; only a value set by typing, or by
 *   the prototype's native setter, followed by a bubbling `input` or `change`, is taken.
 * - After every `input`, `change` or blur of any field, the form renders again: each element's
 *   value is set back from state, so a value that reached an element without an event is lost.
 * - Submitting reads state only, never the DOM.
 *
 * Fields are the form's elements with `data-field`; radios of one group share the field name and
 * put their `value` in state; checkboxes put `true` or `false`.
 */

/**
 * Binds a form's fields to `state` (a plain object, changed in place) and renders it once.
 * `onRender` runs after each render. Returns `render`, for when state changed elsewhere.
 */
export function controlForm(form, state, onRender = () => {}) {
  const trackers = new Map();
  for (const element of form.querySelectorAll('[data-field]')) {
    trackers.set(element, trackerFor(element));
  }

  const render = () => {
    for (const [element, tracker] of trackers) {
      tracker.write(stateValueFor(element, state));
    }
    onRender();
  };
  const take = (event) => {
    const tracker = trackers.get(event.target);
    if (tracker?.hasChanged()) {
      state[event.target.dataset.field] = tracker.accept();
    }
    render();
  };
  form.addEventListener('input', take);
  form.addEventListener('change', take);
  form.addEventListener('focusout', render);
  render();
  return render;
}

function stateValueFor(element, state) {
  const value = state[element.dataset.field];
  if (element.type === 'radio') {
    return value === element.value;
  }
  if (element.type === 'checkbox') {
    return value === true;
  }
  return value ?? '';
}

/** How one element's value is watched and written. */
function trackerFor(element) {
  const isToggle = element.type === 'checkbox' || element.type === 'radio';
  const property = isToggle ? 'checked' : 'value';
  const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), property);
  const read = () => native.get.call(element);
  let known = read();

  if (element.tagName !== 'SELECT') {
    // Like React: a script setting the property directly updates what the framework knows, so a
    // following event does not count as a change.
    Object.defineProperty(element, property, {
      configurable: true,
      get: read,
      set(next) {
        native.set.call(element, next);
        known = read();
      },
    });
  }

  return {
    hasChanged: () => element.tagName === 'SELECT' || read() !== known,
    accept() {
      known = read();
      if (element.type === 'radio') {
        return element.value;
      }
      return isToggle ? known : String(known);
    },
    write(value) {
      if (read() !== value) {
        native.set.call(element, value);
      }
      known = read();
    },
  };
}
