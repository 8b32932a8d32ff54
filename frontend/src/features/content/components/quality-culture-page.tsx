import type { Katern } from '@zet/contracts';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { useKatern } from '../api/get-katern';
import { contentMessages as m } from '../messages';
import { instrumentsUrl } from '../utils/instrument-params';
import { ContentSubNav } from './content-sub-nav';
import { Paragraphs } from './paragraphs';
import './content.css';

/** Kwaliteitscultuur: the katern's five elements, the 8 V's, the roles table and ch. 4's goals. */
export function QualityCulturePage() {
  const katern = useKatern();
  return (
    <>
      <PageHeading>{m.cultureTitle}</PageHeading>
      <ContentSubNav />
      <p className="page-lead">{m.cultureLead}</p>
      <QueryView query={katern} loading={<Skeleton lines={10} />}>
        {(data) => <KaternSections katern={data} />}
      </QueryView>
    </>
  );
}

function CodeLinks({
  items,
  to,
}: {
  items: { code: string; name: string }[];
  to: (code: string) => string;
}) {
  return (
    <ul className="inline-list">
      {items.map((item) => (
        <li key={item.code}>
          <Link to={to(item.code)}>{item.name}</Link>
        </li>
      ))}
    </ul>
  );
}

const themeUrl = (code: string) => `/themas/${encodeURIComponent(code)}`;
const instrumentUrl = (code: string) => `/instrumenten#${encodeURIComponent(code)}`;

function KaternSections({ katern }: { katern: Katern }) {
  const goalName = new Map(katern.guidanceGoals.map((g) => [g.code, g.name]));
  return (
    <>
      <nav aria-label={m.onThisPage} className="toc">
        <p className="toc__label" aria-hidden="true">
          {m.onThisPage}
        </p>
        <ul className="toc__list">
          <li>
            <a href="#elementen">{m.cultureElementsTitle}</a>
          </li>
          <li>
            <a href="#waaier">{m.qualityFanTitle}</a>
          </li>
          <li>
            <a href="#rollen">{m.roleNeedsTitle}</a>
          </li>
          <li>
            <a href="#doelen">{m.guidanceTitle}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="elementen" className="material material--wide">
        <h2 id="elementen">{m.cultureElementsTitle}</h2>
        <ol className="culture-elements">
          {katern.cultureElements.map((element) => (
            <li key={element.code} className="culture-element">
              <h3 className="culture-element__title">{element.name}</h3>
              <p>{element.summary}</p>
              {element.themes.length > 0 ? (
                <>
                  <p className="culture-element__label">{m.cultureThemes}</p>
                  <CodeLinks items={element.themes} to={themeUrl} />
                </>
              ) : null}
              {element.instruments.length > 0 ? (
                <p className="culture-element__more">
                  <Link to={instrumentsUrl('element', element.code)}>
                    {m.showInstruments} ({element.instruments.length})
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="waaier" className="material material--wide">
        <h2 id="waaier">{m.qualityFanTitle}</h2>
        <p className="muted material__lead">{m.qualityFanLead}</p>
        <ol className="quality-fan">
          {[...katern.qualityFan]
            .sort((a, b) => a.position - b.position)
            .map((v) => (
              <li key={v.code} className="quality-fan__item">
                <h3 className="quality-fan__title">
                  <span className="quality-fan__position" aria-hidden="true">
                    {v.position}
                  </span>
                  {v.name}
                </h3>
                <p>{v.summary}</p>
              </li>
            ))}
        </ol>
      </section>

      <section aria-labelledby="rollen" className="material material--wide">
        <h2 id="rollen">{m.roleNeedsTitle}</h2>
        <div className="table-scroll" role="region" aria-labelledby="rollen-caption" tabIndex={0}>
          <table className="data-table role-needs">
            <caption id="rollen-caption">{m.roleNeedsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.roleColumn}</th>
                <th scope="col">{m.toImproveColumn}</th>
                <th scope="col">{m.toAccountColumn}</th>
              </tr>
            </thead>
            <tbody>
              {katern.roleNeeds.map((row) => (
                <tr key={row.role.code}>
                  <th scope="row">{row.role.name}</th>
                  <td>{row.toImprove}</td>
                  <td>{row.toAccount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="doelen" className="material material--wide">
        <h2 id="doelen">{m.guidanceTitle}</h2>
        <p className="muted material__lead">{m.guidanceLead}</p>
        <ul className="guidance-list">
          {katern.guidanceGoals.map((goal) => (
            <li key={goal.code} className="guidance">
              <h3 className="guidance__title">{goal.name}</h3>
              <p>{goal.summary}</p>
              <p className="guidance__audience">
                <strong>{m.guidanceAudience}:</strong> {goal.audience}
              </p>
              {goal.themes.length > 0 ? (
                <>
                  <p className="culture-element__label">{m.cultureThemes}</p>
                  <CodeLinks items={goal.themes} to={themeUrl} />
                </>
              ) : null}
              {goal.instruments.length > 0 ? (
                <>
                  <p className="culture-element__label">{m.cultureInstruments}</p>
                  <CodeLinks items={goal.instruments} to={instrumentUrl} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
        {katern.roleGuidance.length > 0 ? (
          <div className="table-scroll" role="region" aria-labelledby="doelen-caption" tabIndex={0}>
            <table className="data-table role-needs">
              <caption id="doelen-caption">{m.roleGuidanceCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.roleColumn}</th>
                  <th scope="col">{m.goalsColumn}</th>
                </tr>
              </thead>
              <tbody>
                {katern.roleGuidance.map((row) => (
                  <tr key={row.role.code}>
                    <th scope="row">
                      <Link to={instrumentsUrl('role', row.role.code)}>{row.role.name}</Link>
                    </th>
                    <td>{row.goals.map((code) => goalName.get(code) ?? code).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <div className="muted small content-notice">
        <Paragraphs text={katern.notice} />
      </div>
    </>
  );
}
