/** The public face of src/content: lesson files in, compiled lessons and issues out. */
export { loadLesson, lintLesson, type LessonResult, type LoadOptions } from './lesson.js';
export { timeBudget, FILE_BUDGET_MS, type Budget } from './budget.js';
export {
  compileLesson,
  sameAnswer,
  policyOf,
  exerciseSeed,
  FORMAT_VERSION,
  type CompiledLesson,
  type CompiledExercise,
  type Policy,
} from './compile.js';
export type {
  Answer,
  DerivedStep,
  Misconception,
  CarryForward,
  Quantity,
  NumberValue,
  VectorValue,
  ExpressionValue,
  ExpressionsValue,
  OptionValue,
  StepRole,
} from './derived.js';
export { componentTexts, quantityTree } from './answer-tree.js';
export { openCompiledLesson, type Opened } from './compiled.js';
export { CompiledLessonSchema, compiledLessonJsonSchema } from './compiled-schema.js';
export { formatIssue, type Issue } from './issues.js';
export { lessonJsonSchema, STEP_KINDS, type LessonFile, type StepKind } from './schema.js';
export { REGIMES, type Regime } from './descent.js';
export {
  loadCourse,
  courseOrder,
  inCourseOrder,
  isCourseFile,
  courseJsonSchema,
  COURSE_FILES,
  type Course,
  type CourseResult,
  type Unit,
  type Ordered,
} from './course.js';
