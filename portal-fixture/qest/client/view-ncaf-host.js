import { h } from './dom.js';

/**
 * "Case association": the NCAF screen. The form itself lives in a same-origin iframe
 * (`/qest/frames/ncaf`) with its own script, as QEST embeds it from another module.
 */
export const ncafHostView = {
  heading: 'Case association',
  // No data of its own: the frame shows its spinner and renders its fields after its own delay.
  delayMs: 0,
  render(_data, ctx) {
    return [
      h(
        'p',
        { class: 'qst-lead' },
        'Submit a navigator case association when a consumer you helped is not associated ',
        'with you. Submit it within 30 days of the day you helped.',
      ),
      h('iframe', {
        id: ctx.config.ids.ncaf.frame,
        class: 'qst-ncaf-frame',
        title: 'Navigator case association form',
        src: '/qest/frames/ncaf',
      }),
    ];
  },
};
