import { LearnerData } from '../../vera/learner-data';
import { html } from '../html';

function row(label: string, value: unknown) {
  return html`<dt>${label}</dt>
    <dd>${value ?? ''}</dd>`;
}

function codeAndDescription(code: string | null, description: string | null): string {
  return [code, description].filter(Boolean).join(' - ');
}

function freeSchoolMeals(learner: LearnerData): string {
  const eligible =
    learner.freeSchoolMealEligible === null ? 'Not known' : learner.freeSchoolMealEligible > 0 ? 'Yes' : 'No';
  const latest = learner.freeSchoolMealEligibleLatest;
  const when =
    latest && (latest.academicYear || latest.term !== null)
      ? ` (latest record: ${[latest.academicYear, latest.term !== null ? `term ${latest.term}` : null].filter(Boolean).join(', ')})`
      : '';
  return eligible + when;
}

export function learnerRecordView(learner: LearnerData) {
  const name = [learner.firstName, learner.middleNames, learner.lastName].filter(Boolean).join(' ');
  const address = [1, 2, 3, 4, 5]
    .map((n) => learner[`addressLine${n}` as 'addressLine1'])
    .filter(Boolean)
    .map((line) => html`${line}<br />`);
  return html`<h1>Education record: <span id="learner-name">${name}</span></h1>

    <h2>Personal details</h2>
    <dl class="summary" id="personal-details">
      ${row('ULN', learner.uln)} ${row('First name', learner.firstName)}
      ${row('Middle names', learner.middleNames)} ${row('Last name', learner.lastName)}
      ${row('Gender', learner.gender)} ${row('Date of birth', learner.dateOfBirth)}
      <dt>Address</dt>
      <dd>${address}${learner.postcode}</dd>
    </dl>

    <h2>Special educational needs</h2>
    <dl class="summary" id="sen">
      ${row('SEN provision', codeAndDescription(learner.senProvision, learner.senProvisionDescription))}
      ${row('Primary SEN type', codeAndDescription(learner.primarySENType, learner.primarySENTypeDescription))}
      ${row('Secondary SEN type', codeAndDescription(learner.secondarySENType, learner.secondarySENTypeDescription))}
    </dl>

    <h2>Free school meals</h2>
    <dl class="summary" id="fsm">${row('Eligible', freeSchoolMeals(learner))}</dl>

    <h2>Qualifications</h2>
    ${
      learner.qualifications.length === 0
        ? html`<p>No qualifications available.</p>`
        : html`<table id="qualifications">
            <caption class="visually-hidden">
              Qualifications, in the order DfE gives
            </caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">QAN</th>
                <th scope="col">Award date</th>
                <th scope="col">Provider</th>
                <th scope="col">Grade</th>
                <th scope="col">Awarding body</th>
                <th scope="col">Level</th>
                <th scope="col">Under data challenge</th>
              </tr>
            </thead>
            <tbody>
              ${learner.qualifications.map(
                (q) =>
                  html`<tr>
                    <td>${q.title}</td>
                    <td>${q.qan}</td>
                    <td>${q.awardDate}</td>
                    <td>${q.providerName}</td>
                    <td>${q.grade}</td>
                    <td>${q.awardingBody}</td>
                    <td>${q.level}</td>
                    <td>${q.underDataChallenge}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }

    <h2>School history</h2>
    ${
      learner.schools.length === 0
        ? html`<p>No school history available.</p>`
        : html`<table id="schools">
            <caption class="visually-hidden">
              Schools, in the order DfE gives
            </caption>
            <thead>
              <tr>
                <th scope="col">School</th>
                <th scope="col">URN</th>
                <th scope="col">From</th>
                <th scope="col">Start term</th>
                <th scope="col">To</th>
                <th scope="col">End term</th>
              </tr>
            </thead>
            <tbody>
              ${learner.schools.map(
                (s) =>
                  html`<tr>
                    <td>${s.name}</td>
                    <td>${s.urn}</td>
                    <td>${s.academicYearStart}</td>
                    <td>${s.termStart}</td>
                    <td>${s.academicYearEnd}</td>
                    <td>${s.termEnd}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <p><a href="/">Back to start</a></p>`;
}
