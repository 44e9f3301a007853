/**
 * Submit handling shared by every QEST form: the button is disabled while the request runs (so a
 * double click never submits twice), and a failure the form cannot show itself goes to `fail`.
 */
export function onSubmit(form, fail, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    if (button.disabled) {
      return;
    }

    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await action();
    } catch (error) {
      fail(error);
    } finally {
      button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
}
