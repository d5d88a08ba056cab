export {
  ALARM_STATES,
  type AlarmDefinition,
  type AlarmDefinitionBody,
  alarmDefinitionBody,
  alarmName,
  AlarmDefinitionError,
  type AlarmState,
  type AlarmView,
  BAND_COMPARISONS,
  DEFAULT_TRAINING_PERIODS,
  parseAlarmDefinition,
  THRESHOLD_COMPARISONS,
  TREAT_MISSING_DATA,
} from './alarm-definition';
export { type AlarmEvaluation, evaluateAlarm, judgeDatapoints } from './alarm-evaluator';
export {
  ALARM_TOPIC,
  type AlarmNotification,
  type AlarmNotifier,
  SnsAlarmNotifier,
  type SnsAlarmNotifierOptions,
} from './alarm-notifier';
export { type AlarmHistoryItem, AlarmRepository, type AlarmStateChange, type StoredAlarm } from './alarm-repository';
export { AlarmScheduler, DEFAULT_ALARM_EVALUATION_SECONDS } from './alarm-scheduler';
export { type AlarmLogger, AlarmService, type AlarmServiceOptions } from './alarm-service';
export { alarmSettings, type AlarmSettings, snsAlarmNotifierOptions } from './alarm-settings';
export { anomalyBand, type Band } from './anomaly-band';
export { DEFAULT_ALARMS } from './default-alarms';
