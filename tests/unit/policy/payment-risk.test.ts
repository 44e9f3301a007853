import { expect, it } from 'vitest';
import { paymentRisks, type PaymentRiskInput } from '../../../policy/payment-risk';
import {
  PAYMENT_RISK_REASON_CODES,
  type PaymentRiskReason,
} from '../../../policy/payment-risk-reasons';
import { mn } from './minnesota-clock';
import { describeInEachTimeZone } from './process-time-zones';

/** A new MA application, active, filed the day after it was assisted, by our own navigator. */
const CLEAN: PaymentRiskInput = {
  eligibilityStatus: 'active',
  determinationDate: '2026-11-20',
  program: 'MA',
  priorCoverage: [],
  renewalType: null,
  wasPersonAdded: false,
  ncafReason: 'online-application-unassociated',
  assistedDate: '2026-11-18',
  filedAt: '2026-11-19',
  today: '2026-12-03',
  ourAssisterId: 'NAV123456',
  assisterIdAtActivation: 'NAV123456',
};

const AUTO_RENEW_MESSAGE =
  'The case is in Auto Renew and no person was added; such a renewal is not paid.';
const MAXIS_MESSAGE = 'This is a MAXIS renewal; MAXIS renewals are not paid through an NCAF.';
const DAY_31_MESSAGE =
  'The NCAF was submitted on 12/19/2026, 31 days after the assisted date of 11/18/2026; ' +
  'only 30 days are allowed.';
const NTR_IN_AUTO_RENEW_MESSAGE =
  'The NCAF reason is a Need to Renew renewal, but the case is in Auto Renew, ' +
  'not in Need to Renew status.';
const OTHER_NAVIGATOR_MESSAGE =
  'Assister ID OTH987654 was associated when the case turned active, not yours (NAV123456); ' +
  'the navigator associated then is the one paid.';

type Row = [
  title: string,
  facts: Partial<PaymentRiskInput>,
  expected: [PaymentRiskReason, string][],
];

/** One row per portal situation: the facts that differ from CLEAN and the flags expected. */
const ROWS: Row[] = [
  ['an active new application filed on time', {}, []],
  ['an NCAF submitted on day 31', { filedAt: '2026-12-19' }, [['over-30-days', DAY_31_MESSAGE]]],
  ['an NCAF submitted on day 30', { filedAt: '2026-12-18' }, []],
  ['an NCAF submitted at 23:59 on day 30', { filedAt: mn('2026-12-18 23:59 CST') }, []],
  [
    'an NCAF submitted at 00:00 on day 31',
    { filedAt: mn('2026-12-19 00:00 CST') },
    [['over-30-days', DAY_31_MESSAGE]],
  ],
  [
    'an NCAF submitted at 23:59 CDT on a spring-forward day 30',
    { assistedDate: '2026-02-06', filedAt: mn('2026-03-08 23:59 CDT') },
    [],
  ],
  [
    'an NCAF submitted at 00:00 after a spring-forward day 30',
    { assistedDate: '2026-02-06', filedAt: mn('2026-03-09 00:00 CDT') },
    [
      [
        'over-30-days',
        'The NCAF was submitted on 03/09/2026, 31 days after the assisted date of 02/06/2026; only 30 days are allowed.',
      ],
    ],
  ],
  [
    'an NCAF submitted at 23:59 CST on a fall-back day 30',
    { assistedDate: '2026-10-02', filedAt: mn('2026-11-01 23:59 CST') },
    [],
  ],
  [
    'an NCAF submitted at 00:00 after a fall-back day 30',
    { assistedDate: '2026-10-02', filedAt: mn('2026-11-02 00:00 CST') },
    [
      [
        'over-30-days',
        'The NCAF was submitted on 11/02/2026, 31 days after the assisted date of 10/02/2026; only 30 days are allowed.',
      ],
    ],
  ],
  [
    'an NCAF submitted on a day 30 of 29 February',
    { assistedDate: '2024-01-30', filedAt: '2024-02-29' },
    [],
  ],
  [
    'an NCAF submitted the day after a day 30 of 29 February',
    { assistedDate: '2024-01-30', filedAt: '2024-03-01' },
    [
      [
        'over-30-days',
        'The NCAF was submitted on 03/01/2024, 31 days after the assisted date of 01/30/2024; only 30 days are allowed.',
      ],
    ],
  ],
  [
    'an NCAF submitted across the year end',
    { assistedDate: '2026-12-15', filedAt: '2027-01-20' },
    [
      [
        'over-30-days',
        'The NCAF was submitted on 01/20/2027, 36 days after the assisted date of 12/15/2026; only 30 days are allowed.',
      ],
    ],
  ],
  ['an NCAF not submitted yet, day 30 today', { filedAt: null, assistedDate: '2026-11-03' }, []],
  [
    'an NCAF not submitted yet at 23:59 on day 30',
    { filedAt: null, assistedDate: '2026-11-03', today: mn('2026-12-03 23:59 CST') },
    [],
  ],
  [
    'an NCAF not submitted yet at 00:00 on day 31',
    { filedAt: null, assistedDate: '2026-11-03', today: mn('2026-12-04 00:00 CST') },
    [
      [
        'over-30-days',
        'The 30 days after the assisted date of 11/03/2026 ended on 12/03/2026; an NCAF submitted now is too late.',
      ],
    ],
  ],
  [
    'a signature-page association, no NCAF needed, long after day 30',
    { ncafReason: null, filedAt: null, assistedDate: '2026-09-01' },
    [],
  ],
  [
    'Pending with no determination date',
    { eligibilityStatus: 'pending', determinationDate: null },
    [
      [
        'not-yet-active',
        'The portal shows eligibility pending with no determination date yet; it is paid only once it turns active.',
      ],
    ],
  ],
  [
    'Approved with no determination date',
    { eligibilityStatus: 'approved', determinationDate: null },
    [
      [
        'not-yet-active',
        'The portal shows eligibility approved with no determination date yet; it is paid only once it turns active.',
      ],
    ],
  ],
  [
    'Pending with a determination date',
    { eligibilityStatus: 'pending' },
    [
      [
        'never-active',
        'Eligibility was determined on 11/20/2026 but is pending, not active; only an active determination is paid.',
      ],
    ],
  ],
  [
    'Approved with a determination date',
    { eligibilityStatus: 'approved', determinationDate: '2024-02-29' },
    [
      [
        'never-active',
        'Eligibility was determined on 02/29/2024 but is approved, not active; only an active determination is paid.',
      ],
    ],
  ],
  ['no eligibility status read yet', { eligibilityStatus: null, determinationDate: null }, []],
  [
    'a program change from QHP without financial help (UQHP) to MA',
    { priorCoverage: ['QHP'] },
    [
      [
        'no-new-coverage',
        'The consumer was already covered by QHP without financial help; adding or moving to Medical Assistance is not new coverage.',
      ],
    ],
  ],
  [
    'a second program for a consumer already on MA',
    { priorCoverage: ['MA'], program: 'QHP_APTC' },
    [
      [
        'no-new-coverage',
        'The consumer was already covered by Medical Assistance; adding or moving to QHP with financial help is not new coverage.',
      ],
    ],
  ],
  [
    'a consumer already covered twice, program not read yet',
    { priorCoverage: ['MA', 'MNCARE'], program: null },
    [
      [
        'no-new-coverage',
        'The consumer was already covered by Medical Assistance and MinnesotaCare; this determination is not new coverage.',
      ],
    ],
  ],
  [
    'a Need to Renew renewal of current MA coverage',
    { priorCoverage: ['MA'], renewalType: 'need-to-renew', ncafReason: 'renewal-need-to-renew' },
    [],
  ],
  [
    'a renewing MA consumer who chose a QHP',
    { priorCoverage: ['MA'], program: 'QHP', ncafReason: 'renewal-chose-qhp' },
    [],
  ],
  [
    'Auto Renew with nobody added',
    { renewalType: 'auto-renew', ncafReason: 'life-event-added-member' },
    [['auto-renew-without-added-person', AUTO_RENEW_MESSAGE]],
  ],
  [
    'Auto Renew with a newborn added',
    { renewalType: 'auto-renew', wasPersonAdded: true, ncafReason: 'life-event-added-member' },
    [],
  ],
  [
    'Auto Renew filed under the Need to Renew reason, a person added',
    { renewalType: 'auto-renew', wasPersonAdded: true, ncafReason: 'renewal-need-to-renew' },
    [['need-to-renew-reason-not-in-ntr', NTR_IN_AUTO_RENEW_MESSAGE]],
  ],
  [
    'no renewal filed under the Need to Renew reason',
    { ncafReason: 'renewal-need-to-renew' },
    [
      [
        'need-to-renew-reason-not-in-ntr',
        'The NCAF reason is a Need to Renew renewal, but the case is not up for renewal, not in Need to Renew status.',
      ],
    ],
  ],
  [
    'a MAXIS renewal',
    { renewalType: 'maxis', ncafReason: 'paper-application' },
    [['maxis-renewal', MAXIS_MESSAGE]],
  ],
  [
    'a MAXIS renewal filed under the Need to Renew reason',
    { renewalType: 'maxis', ncafReason: 'renewal-need-to-renew' },
    [
      [
        'need-to-renew-reason-not-in-ntr',
        'The NCAF reason is a Need to Renew renewal, but the case is in a MAXIS renewal, not in Need to Renew status.',
      ],
      ['maxis-renewal', MAXIS_MESSAGE],
    ],
  ],
  [
    'Active with another Assister ID associated',
    { assisterIdAtActivation: 'oth987654' },
    [['other-navigator-at-activation', OTHER_NAVIGATOR_MESSAGE]],
  ],
  [
    'Active with our Assister ID in other letter case',
    { assisterIdAtActivation: ' nav123456 ' },
    [],
  ],
  ['Active with the associated Assister ID not read yet', { assisterIdAtActivation: null }, []],
  ['a navigator whose own Assister ID is not set up yet', { ourAssisterId: '' }, []],
  [
    'Auto Renew, nobody added, another navigator, filed on day 31',
    {
      renewalType: 'auto-renew',
      ncafReason: 'renewal-need-to-renew',
      filedAt: '2026-12-19',
      assisterIdAtActivation: 'OTH987654',
    },
    [
      ['over-30-days', DAY_31_MESSAGE],
      ['auto-renew-without-added-person', AUTO_RENEW_MESSAGE],
      ['need-to-renew-reason-not-in-ntr', NTR_IN_AUTO_RENEW_MESSAGE],
      ['other-navigator-at-activation', OTHER_NAVIGATOR_MESSAGE],
    ],
  ],
];

describeInEachTimeZone('payment at risk', () => {
  it.each(ROWS)('should flag, for %s, the expected reasons', (_title, facts, expected) => {
    const input: PaymentRiskInput = { ...CLEAN, ...facts };

    const actual = paymentRisks(input);

    expect(actual).toEqual(expected.map(([reason, message]) => ({ reason, message })));
  });

  it('should have a case for every known reason', () => {
    const flagged = new Set(ROWS.flatMap(([, , expected]) => expected.map(([reason]) => reason)));

    const actual = PAYMENT_RISK_REASON_CODES.filter((reason) => !flagged.has(reason));

    expect(actual).toEqual([]);
  });

  it('should refuse an NCAF date that is not a date', () => {
    const input: PaymentRiskInput = { ...CLEAN, filedAt: '12/19/2026' };

    const act = () => paymentRisks(input);

    expect(act).toThrow(new RangeError('filedAt is not a yyyy-MM-dd date'));
  });
});
