// The checklist's own examples must pass its own rules: a suggestion the rule then refuses
// would send the user in circles.
import { describe, expect, it } from 'vitest';
import { judgeBenefit } from '../../../../shared/checklist/benefit';
import {
  benefitExample,
  DEFAULT_BENEFIT,
  DEFAULT_OBJECTIVE,
  objectiveExample,
  TEMPLATE_BENEFITS,
  TEMPLATE_OBJECTIVES,
  TOPIC_OBJECTIVES,
} from '../../../../shared/checklist/examples';
import { judgeObjective } from '../../../../shared/checklist/objective';
import { BUILT_IN_TEMPLATE_IDS, LANGUAGES } from '../../../../shared/domain/enums';

describe('examples', () => {
  for (const lang of LANGUAGES) {
    it(`has an example objective and benefit for every built-in template in ${lang}`, () => {
      expect(Object.keys(TEMPLATE_OBJECTIVES[lang]).sort()).toEqual([...BUILT_IN_TEMPLATE_IDS].sort());
      expect(Object.keys(TEMPLATE_BENEFITS[lang]).sort()).toEqual([...BUILT_IN_TEMPLATE_IDS].sort());
    });

    const objectives = [
      ...Object.values(TEMPLATE_OBJECTIVES[lang]),
      ...Object.values(TOPIC_OBJECTIVES[lang]),
      DEFAULT_OBJECTIVE[lang],
    ];
    it.each(objectives)(`${lang}: the example objective "%s" passes the objective rule`, (text) => {
      expect(judgeObjective(text)).toEqual({ ok: true });
    });

    it.each([...Object.values(TEMPLATE_BENEFITS[lang]), DEFAULT_BENEFIT[lang]])(
      `${lang}: the example benefit "%s" passes the benefit rule`,
      (text) => {
        expect(judgeBenefit(text, DEFAULT_OBJECTIVE[lang])).toEqual({ ok: true });
      },
    );
  }

  it('falls back to the default example', () => {
    expect(objectiveExample('en', 'closing')).toBe(TEMPLATE_OBJECTIVES.en.closing);
    expect(objectiveExample('vi', undefined)).toBe(DEFAULT_OBJECTIVE.vi);
    expect(objectiveExample('en', 'toString')).toBe(DEFAULT_OBJECTIVE.en);
    expect(benefitExample('vi', 'my-template')).toBe(DEFAULT_BENEFIT.vi);
  });
});
