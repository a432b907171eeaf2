// The product's idea in one glance: no meeting without a reason the customer cares about.
import { useTranslation } from 'react-i18next';

export function HowItWorks() {
  const { t } = useTranslation();
  const steps = [
    { title: t('home.how.objectiveTitle'), text: t('home.how.objectiveText') },
    { title: t('home.how.benefitTitle'), text: t('home.how.benefitText') },
    { title: t('home.how.afterTitle'), text: t('home.how.afterText') },
  ];
  return (
    <section className="how" aria-labelledby="how-title">
      <h2 id="how-title" className="how-title">
        {t('home.how.title')}
      </h2>
      <ol className="how-steps">
        {steps.map((step, index) => (
          <li key={step.title} className="how-step">
            <span className="how-number" aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <h3>{step.title}</h3>
              <p>{step.text}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
