/**
 * Every error slantwise throws on purpose is a `SlantwiseError`, so callers can tell the
 * library's own refusals (bad input, bad lexicon) from bugs.
 */
export class SlantwiseError extends Error {
  /** Stable machine-readable code, e.g. `INPUT_INVALID`. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'SlantwiseError';
    this.code = code;
  }
}

/** One problem found in an input: where (`path`, e.g. `text` or `options.maxChars`) and what. */
export interface InputIssue {
  path: string;
  message: string;
}

/**
 * Thrown when `analyzeArticle` (or another entry point) receives input it cannot use:
 * wrong types, empty or oversize text, unknown options. The message names each bad field.
 *
 * @example
 * ```ts
 * try { analyzeArticle({ text: '' }) } catch (e) {
 *   if (e instanceof SlantwiseInputError) console.error(e.issues[0].path) // "text"
 * }
 * ```
 */
export class SlantwiseInputError extends SlantwiseError {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[], code = 'INPUT_INVALID') {
    super(code, `Invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'SlantwiseInputError';
    this.issues = issues;
  }
}

/**
 * Thrown when a lexicon (a default one, or one passed in `options.lexicons`) is malformed. The
 * message names the lexicon, the entry (by index and term) and the problem.
 *
 * @example
 * ```ts
 * try { analyzeArticle(text, { lexicons: [myLexicon] }) } catch (e) {
 *   if (e instanceof SlantwiseLexiconError) console.error(e.lexicon, e.issues)
 * }
 * ```
 */
export class SlantwiseLexiconError extends SlantwiseError {
  readonly lexicon: string;
  readonly issues: InputIssue[];
  constructor(lexicon: string, issues: InputIssue[]) {
    super('LEXICON_INVALID', `Invalid lexicon "${lexicon}": ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'SlantwiseLexiconError';
    this.lexicon = lexicon;
    this.issues = issues;
  }
}

/**
 * Thrown when one analysis takes longer than `options.timeBudgetMs` (default 60 s). Time is
 * checked between stages, so the analysis stops at the first stage boundary after the budget
 * is spent. In a batch (`slantwise/node`, the CLI) the record becomes an error record with code
 * `TIME_BUDGET_EXCEEDED` and the others go on.
 *
 * @example
 * ```ts
 * try { analyzeArticle(hugeText, { timeBudgetMs: 2_000 }) } catch (e) {
 *   if (e instanceof SlantwiseTimeBudgetError) console.error(e.stage, e.elapsedMs)
 * }
 * ```
 */
export class SlantwiseTimeBudgetError extends SlantwiseError {
  /** The budget in milliseconds. */
  readonly budgetMs: number;
  /** Milliseconds spent when the budget was found exceeded. */
  readonly elapsedMs: number;
  /** The last stage that finished before the analysis was stopped. */
  readonly stage: string;
  constructor(budgetMs: number, elapsedMs: number, stage: string) {
    // The message leaves out the elapsed time, so that the same record gives the same error text.
    super('TIME_BUDGET_EXCEEDED', `Analysis exceeded its time budget of ${budgetMs.toLocaleString('en-US')} ms (stopped after the "${stage}" stage); raise options.timeBudgetMs to allow it`);
    this.name = 'SlantwiseTimeBudgetError';
    this.budgetMs = budgetMs;
    this.elapsedMs = elapsedMs;
    this.stage = stage;
  }
}
