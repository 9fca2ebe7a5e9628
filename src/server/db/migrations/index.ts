// Every migration, in order. Add new files here with a timestamped name.
import * as foundation from './20261123_0001_foundation.js';
import * as surveys from './20261123_0002_surveys.js';
import * as feedback from './20261123_0003_feedback.js';
import * as dataVersion from './20261123_0004_data_version.js';
import * as commentCodes from './20261123_0005_comment_codes.js';
import * as benchmarkSets from './20261123_0006_benchmark_sets.js';
import * as resultReleases from './20261123_0007_result_releases.js';
import * as benchmarkOverviews from './20261123_0008_benchmark_overviews.js';
import * as metrics from './20261123_0009_metrics.js';
import * as staffEsrFields from './20261123_0010_staff_esr_fields.js';
import * as patientExperience from './20261123_0011_patient_experience.js';
import * as conversations from './20261123_0012_conversations.js';
import * as synthesis from './20261123_0013_synthesis.js';

export const migrations = {
  '20261123_0001_foundation': foundation,
  '20261123_0002_surveys': surveys,
  '20261123_0003_feedback': feedback,
  '20261123_0004_data_version': dataVersion,
  '20261123_0005_comment_codes': commentCodes,
  '20261123_0006_benchmark_sets': benchmarkSets,
  '20261123_0007_result_releases': resultReleases,
  '20261123_0008_benchmark_overviews': benchmarkOverviews,
  '20261123_0009_metrics': metrics,
  '20261123_0010_staff_esr_fields': staffEsrFields,
  '20261123_0011_patient_experience': patientExperience,
  '20261123_0012_conversations': conversations,
  '20261123_0013_synthesis': synthesis,
};
