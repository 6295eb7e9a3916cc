/** English message catalogue. Keys are shared with id.ts; `{name}` marks a value filled in by t(). */
export const en = {
  // Errors: generic
  'error.prefix': 'error',
  'warning.prefix': 'warning',
  'error.internal':
    'Internal error: {message}. This is a bug in tree-assess; run again with --debug and report the output.',
  'error.interrupted': 'Interrupted.',
  'error.moreProblems': '… and {count} more problems (first {limit} shown).',
  'error.debugHint': 'Run with --debug to see the stack trace.',
  // Usage
  'usage.badFormat': 'Unknown format "{value}" for this command: use one of {allowed}.',
  'usage.badExtension':
    'cannot tell what to write to {file}: this command writes {known} files. Name the file with one of those extensions, or give --format.',
  'usage.excelIgnored': '--excel shapes CSV output only, so it does nothing for {format} output.',
  'usage.conflict': '{a} and {b} contradict each other: give only one.',
  'usage.tableIgnored': '--table chooses a CSV table, so it does nothing for {format} output.',
  'usage.formatConflict': '--json and --format {format} contradict each other: give only one.',
  'usage.missingAnswer': 'No terminal to ask on, so {what} must be given with {flag} (or --yes to leave them empty).',
  // Command line (commander's own errors)
  'cli.unknownOption': 'unknown option {a}',
  'cli.unknownCommand': 'unknown command {a}',
  'cli.missingArgument': 'missing required argument {a}',
  'cli.invalidChoice': 'option {a}: "{b}" is not allowed; use one of {c}.',
  'cli.optionMissingArgument': 'option {a} needs a value',
  'cli.excessArguments': 'too many arguments for {a}',
  'cli.helpHint': '(run with --help for usage)',
  'cli.didYouMean': '(did you mean {a}?)',
  // Files
  'input.missing': '{file}: file not found. Check the path (relative to {cwd}).',
  'input.unreadable': '{file}: cannot read the file ({reason}).',
  'input.isDirectory': '{file}: is a folder, not a file.',
  'output.exists': '{file} already exists: use --force to overwrite it, or choose another -o path.',
  'output.unwritable': '{file}: cannot write ({reason}). Check that the folder exists and is writable.',
  'output.diskFull':
    '{file}: the disk is full ({reason}); nothing was written and any earlier file is unchanged. Free some space, or choose another -o path.',
  'output.denied':
    '{file}: not allowed to write here ({reason}); nothing was written. Choose a folder you can write to.',
  'output.noFolder': '{file}: the folder {dir} does not exist: create it first, or choose another -o path.',
  'output.isFolder': '{file} is a folder: name a file to write to, such as {file}/result.csv.',
  'output.isInput': '{file} is also an input of this run: choose another -o path, so the input is not overwritten.',
  'output.twice': '{file} is named twice as an output: give each output its own path.',
  'output.notRegular': 'not a regular file, pipe or terminal',
  'output.stdoutFailed':
    'cannot write to standard output ({reason}): the result is incomplete. Check where the output goes (a full disk?), or write it with -o FILE.',
  'output.nameTooLong':
    '{file}: the name is too long for the file system ({reason}): most allow 255 bytes per name. Choose a shorter -o name.',
  'output.notFolder':
    '{file} should be a folder, but a file of that name is in the way ({reason}): move or rename it, or choose another folder.',
  'output.written': 'Wrote {file}',
  // Workspace
  'workspace.notFound':
    'No assessment.json found in {dir} or above: run "tree init" to create a workspace, or pass --workspace PATH.',
  'workspace.exists': '{dir} already holds a workspace ({file}): use --force to overwrite it.',
  'workspace.notEmpty': '{dir} is not empty: files that would be overwritten: {files}. Use --force to overwrite them.',
  'workspace.invalidJson': 'not valid JSON: {reason}. Fix the syntax (a missing comma or quote is the usual cause).',
  'workspace.invalid': '{file} does not match the assessment schema ({count} problem(s)):',
  'json.invalid': '{file} cannot be used:',
  'json.tooLarge':
    'larger than {limit}, the most a JSON file may hold: check that this is the file you meant (an assessment.json is a few kB).',
  'json.tooDeep':
    'nested more than {max} levels deep: no TREE file needs that many; check that this is the file you meant, or remove the extra brackets.',
  'json.tooManyValues':
    'holds more than {max} values (numbers, texts, lists, objects): no TREE file needs that many; check that this is the file you meant.',
  'json.duplicateKey':
    '"{key}" appears twice in this object (first at line {line}), and only the last one would count: keep one of them.',
  'json.notFinite':
    '{text} is not a finite number (too large to compute with): write an ordinary number such as 2 or 0.5.',
  'workspace.allZeroWeights':
    'every criterion has weight 0, so nothing can be scored: give at least one criterion a weight above 0 (a criterion without "weight" counts 1).',
  // Init
  'init.created': 'Created the workspace in {dir}',
  'init.next': 'Next: put survey exports in {data}, then run "tree validate {file}".',
  'prompt.required': 'must not be empty',
  'prompt.notText': 'must be text',
  'prompt.notList': 'must be text separated by commas, or a list of texts',
  'prompt.notNumber': '"{value}" is not a number',
  'prompt.notInteger': '"{value}" is not a whole number',
  'prompt.notYesNo': '"{value}" is not yes or no',
  'prompt.notChoice': '"{value}" is not one of {allowed}',
  'prompt.tooSmall': 'must be at least {min}',
  'prompt.tooLarge': 'must be at most {max}',
  'prompt.listTip': 'Separate several with commas.',
  'prompt.backTip': 'Type {back} to go back.',
  'prompt.backChoice': '← Back',
  'prompt.otherChoice': 'Other…',
  'prompt.otherAsk': '{message} (other)',
  'prompt.yes': 'Yes',
  'prompt.no': 'No',
  'prompt.badGiven': '{count} given answer(s) cannot be used:',
  'prompt.badFlag': '{flag}: {problem} (question {id})',
  // Example
  'example.created': 'Wrote the example workspace (desa {village}) to {dir}',
  'example.next': 'Try: cd {dir} && tree score --by gender (on Windows: tree-assess score --by gender)',
  // Validate
  'validate.ok': '{file}: OK ({what})',
  'validate.failed': '{file}: {count} problem(s)',
  'validate.summary': '{ok} of {total} files are valid.',
  'validate.brokenWorkspace':
    'this workspace has {count} problem(s), so the CSV files were checked with the default criteria and no mapping: validate it too to see them.',
  'validate.kind.assessment': 'assessment workspace',
  'validate.kind.survey': 'rating survey, {rows} rows, {columns} columns',
  'validate.kind.csv': 'CSV, {rows} rows, {columns} columns',
  'validate.unknownKind': 'cannot tell what this file is: give a .json assessment file or a .csv survey.',
  // Schema problems (ajv keywords)
  'schema.required': 'missing required property "{property}"',
  'schema.additionalProperties':
    'unknown property "{property}": check the spelling (the schema lists the allowed names)',
  'schema.type': 'must be {type}',
  'schema.enum': 'must be one of {allowed}',
  'schema.minimum': 'must be at least {limit}',
  'schema.maximum': 'must be at most {limit}',
  'schema.exclusiveMinimum': 'must be greater than {limit}',
  'schema.minLength': 'must not be empty',
  'schema.minItems': 'must have at least {limit} items',
  'schema.pattern': 'must match the pattern {pattern}',
  'schema.uniqueItems': 'items must be unique (items {i} and {j} are the same)',
  'schema.const': 'must be {allowed}',
  'schema.other': '{message}',
  'schema.pattern.id':
    'must be lower-case letters, digits and underscores, starting with a letter, for example market_demand or jobs_2',
  'schema.pattern.widePattern':
    'must contain {activity} where the activity stands in the column name, for example "{activity}/{criterion}", "{activity}_{criterion}", or "{activity}" alone for one question per activity',
  'schema.requiredLabelEn': 'the English label ({path}) is missing: give it, or the Indonesian one alone',
  'schema.requiredLabelId': 'the Indonesian label ({path}) is missing: give it, or the English one alone',
  'schema.emptyLabels':
    'give the English label ({en}), the Indonesian label ({id}), or both: either one is enough, the other falls back to it',
  'schema.ambiguousAlias':
    '"{spelling}" stands for two opportunities: it is also "{first}" ({at}). Give each spelling to one opportunity only.',
  'scale.from.flag': '--scale',
  'scale.from.survey': 'survey.scale in assessment.json',
  'scale.from.default': 'the default 1–5: change it with survey.scale in assessment.json, or --scale MIN..MAX',
  'scale.from.criterion': 'criteria[{i}].scale in assessment.json',
  'score.unknownMapField':
    'cannot map "{field}" with --map: it is not a field of this survey. Known fields: {known}. A segment must also be asked for with --by {field}.',
  'flag.badCriteria':
    'cannot read the criterion "{part}" in --criteria: write id or id:cost, separated by commas, for example rating,food_rating,price:cost (ids: lower-case letters, digits and underscores, starting with a letter).',
  'flag.duplicateCriterion': 'the criterion {id} is given twice in --criteria: give each criterion once.',
  'flag.badScale':
    'cannot read the scale "{value}" in --scale: write MIN..MAX with MIN below MAX, for example 0..2 or 1..5.',
  'labels.invalid': 'cannot use the answer labels in {file}:',
  'labels.badEntry':
    'the answer "{word}" has the value "{value}", which is not a number: give each answer word a number, for example "tinggi": 4.',
  'labels.badShape':
    'the file must hold answer word → number: a JSON object such as {"rendah": 1, "tinggi": 2}, or a CSV with two columns (word, number).',
  'schema.duplicateCriterion': 'criterion id "{id}" appears more than once',
  'schema.badScale': 'scale minimum {min} must be below maximum {max}',
  // CSV
  'csv.empty': 'the file is empty: export the survey again with its data rows.',
  'csv.headerOnly': 'the file has a header but no data rows.',
  'csv.noWhereColumn':
    'no column for {field}, so the rows of one {field} cannot be picked out: map it in assessment.json (survey.columns.segments.{field} for the rating survey, needs.columns.{field} for the household survey).',
  'csv.binary': 'this is not a text CSV file (it holds binary data). Export the survey as CSV.',
  'csv.utf16NoBom':
    'this looks like UTF-16 text without a byte-order mark: read it with --encoding utf-16le (or utf-16be), or export the survey as UTF-8 CSV.',
  'csv.unclosedQuote': 'a quoted field is never closed: look for a stray double quote.',
  'csv.ragged': 'row has {actual} fields but the header has {expected}: check for a missing or extra delimiter.',
  'csv.invalidQuote': 'a double quote inside an unquoted field: quote the field or double the quote ("").',
  'csv.parse': '{reason}',
  'csv.tooLong':
    'a row runs past {limit} MiB without ending: this is not a survey export, or a line break or a closing quote is missing here. Check the file from this line on.',
  'csv.invalidBytes':
    'this cell holds bytes that are not UTF-8 (shown as �) in a file that is otherwise UTF-8: retype the cell, or save the file again as UTF-8 (tree score --skip-invalid reads it with the � in place).',
  'csv.invalidBytesRead': 'this cell holds bytes that are not UTF-8; it was read with � in their place.',
  'csv.invalidBytesMore': '{count} more cell(s) hold bytes that are not UTF-8 (not listed).',
  'csv.mixedEncoding':
    'this file mixes two encodings: it was read as Windows-1252, as its first accented letters are, but most of the rest is UTF-8, so names there would be garbled. Save it again as UTF-8, or read it with --encoding utf-8 to list the bytes that are not UTF-8.',
  'input.stdinTwice':
    '"-" (standard input) is named {count} times, but standard input can be read only once: name it once.',
  'input.stdinFolder':
    'standard input is a folder, not a file: redirect a file (tree score - < data/ratings.csv), or name the file instead of "-".',
  'survey.noRatings':
    'the file has {rows} data row(s) but not a single rating: every rating cell is empty or a missing-value marker (n/a, -). Check that the criterion columns hold the ratings.',
  'survey.allSkipped':
    'the file has {rows} data row(s) but no rating is left: {skipped} invalid cell(s) or row(s) were skipped (--skip-invalid) and the other rating cells are empty or missing. Run without --skip-invalid to see what is wrong.',
  'survey.noActivity':
    'no activity column found (looked for {candidates}): map it with --map activity=COLUMN, or in assessment.json under survey.columns.activity.',
  'survey.wideWhichCriterion':
    'the wide pattern "{pattern}" has no criterion part, so each column rates one criterion, but the workspace has {count} ({ids}): name the one these answers rate in assessment.json under survey.wide.criterion.',
  'survey.wideUnknownCriterion':
    'survey.wide.criterion is "{criterion}", which is not a criterion of this workspace: use one of {ids}.',
  'survey.unknownAnswer':
    '"{value}" is not an answer on the scale for {criterion}: use a number from {min} to {max}, one of the answers in survey.scale.labels ({known}), or add it there with its number.',
  'survey.unknownAnswers':
    'answers with no number on the scale {min}–{max}: {answers}. Give each its number in assessment.json under survey.scale.labels, for example "{example}": {max}.',
  'survey.unmatchedWide':
    'column "{column}" holds ratings ({rated} of {cells} answers in the rows checked) but matches no activity of the pattern "{pattern}", so it is not scored: rename the column, or change survey.wide.pattern in assessment.json.',
  'survey.unmatchedLong':
    'column "{column}" holds ratings ({rated} of {cells} answers in the rows checked) but is not a criterion of this workspace, so it is not scored: map it under survey.columns.criteria, or add its criterion to assessment.json.',
  'schema.labelOutOfScale':
    'the answer "{label}" is given the number {value}, outside the rating scale {min}–{max}: give it a number on the scale.',
  'schema.unknownWideCriterion':
    'survey.wide.criterion "{criterion}" is not one of the criteria ({ids}): use one of their ids.',
  'validate.layout.read': 'read as: {format} format, delimiter {delimiter}, {encoding}',
  'validate.layout.long': 'long',
  'validate.layout.wide': 'wide',
  'validate.layout.activity': 'activity column: {column}',
  'validate.layout.respondent': 'respondent column: {column}',
  'validate.layout.criterion': 'criterion {criterion}: {column}',
  'validate.layout.segment': 'segment {segment}: {column}',
  'validate.layout.notFound': 'not found',
  'validate.layout.wideColumns': 'rating columns: {columns} (pattern "{pattern}")',
  'validate.layout.counts': '{rows} rows, {ratings} ratings, {activities} distinct activities',
  'survey.ambiguous':
    '{what} matches more than one column: {columns}. Map it explicitly in assessment.json under survey.columns.',
  'survey.noCriteria':
    'no criterion columns found: expected columns such as {examples}, or a mapping in survey.columns.criteria.',
  'survey.mappedMissing': 'the mapping names column "{column}" for {what}, but the file has no such column.',
  'survey.optionalAbsent':
    'columns named in the workspace mapping are not in this file, so they are not used: {columns}.',
  'table.missingColumn': 'no column for {field} (looked for {names}): add it, or map it with --map {field}=COLUMN.',
  'table.requiredEmpty': '{field} is empty: fill it in, or remove the row.',
  'table.notNumber': '"{value}" is not a number ({field}).',
  'table.notInteger': '"{value}" is not a whole number ({field}).',
  'progress.rate': '{rows} rows/s',
  'progress.left': 'about {seconds} s left',
  'table.hidden': 'Left out to fit the terminal: {columns}. Add --wide to see every column.',
  'table.notBoolean': '"{value}" is not yes or no ({field}): write yes/no, ya/tidak or 1/0.',
  'table.notChoice': '"{value}" is not one of the values of {field}: use one of {allowed}.',
  'validate.kind.partners': 'partner directory, {rows} rows',
  'catalogue.invalid': 'the activity and skill catalogue has {count} problem(s):',
  'catalogue.duplicateId':
    'id "{id}" appears more than once in this file (first at {first}): give each entry its own id',
  'catalogue.unknownSkill': 'unknown skill "{skill}": add it to the skill catalogue, or check the spelling',
  'catalogue.kindMismatch': 'skill "{skill}" is a "{actual}" skill ({file}), not "{kind}": list it under "{actual}"',
  'catalogue.duplicateSkill': 'skill "{skill}" is already listed at {first}: list each skill once',
  'catalogue.capitalRange': 'capitalIdr.min ({min}) is more than capitalIdr.max ({max}): swap them',
  'catalogue.capitalBand':
    'capital "{band}" does not agree with capitalIdr, whose midpoint {midpoint} is in the "{expected}" band (low below {low}, high above {high}): change one of them',
  'survey.noSegment':
    'no column for {what} found (looked for {candidates}): map it in assessment.json under survey.columns.segments, or with --map {what}=COLUMN.',
  'survey.noWideColumns':
    'no activity × criterion columns found for the wide format (pattern "{pattern}"): set survey.wide.pattern in assessment.json.',
  'survey.emptyActivity':
    'this row has ratings but no activity: fill in the activity, or use --skip-invalid to leave the row out.',
  'survey.criteriaAbsent':
    'no column for the criteria {criteria}: they are not rated in this file, and the scores leave them out (see missingCriteria).',
  'survey.outOfScale': '"{value}" is outside the rating scale {min}–{max} for criterion {criterion} (set in {where}).',
  'survey.notNumber':
    '"{value}" is not a rating for {criterion}: use a number from {min} to {max} or leave the cell empty.',
  // Score
  'score.noFiles':
    'no survey files: give CSV files (tree score data/ratings.csv), or list them in assessment.json under survey.files.',
  'score.invalidInput': 'the survey data has {count} problem(s); nothing was written:',
  'score.badWeights': 'cannot use --weights {spec}:',
  'score.badWeightsGiven': 'cannot use these weights:',
  'score.badSpread': 'the sensitivity spread must be a fraction from 0 to {max}, not {value}.',
  'score.skipped': 'skipped {count} invalid cells or rows (--skip-invalid).',
  'flag.badInteger': '{flag} must be a whole number from {min} to {max}, not "{value}".',
  'score.badWeight': 'cannot read the weight "{part}": write id=weight, for example market_demand=2,risk=0.5.',
  'score.negativeWeight': 'the weight of {id} is {value}: weights must be 0 or more.',
  'score.unknownWeight': 'there is no criterion "{id}" to weight: the criteria are {known}.',
  'score.weightsFile':
    '{file}: cannot read weights: give a JSON object such as {"market_demand": 2} or a CSV with columns criterion,weight.',
  'flag.badMap': 'cannot read the mapping "{part}": write field=column, for example activity=Q1,gender=sex.',
  'flag.badDelimiter': 'unknown delimiter "{value}": use , ; tab or | (or comma, semicolon, tab, pipe).',
  'flag.badEncoding': 'unknown encoding "{value}": use utf-8, utf-16le, utf-16be or windows-1252.',
  'score.allZero':
    'every criterion weight is 0, so nothing can be scored: give at least one criterion a weight above 0.',
  'score.tooManyActivities':
    'more than {max} different activities in the column "{column}": a TREE survey rates tens of candidate activities, so this is probably not the activity column; name the right one with --map activity=COLUMN (or survey.columns.activity in assessment.json).',
  'score.duplicateWeight': 'the criterion {id} is weighted twice: give each criterion one weight.',
  'score.weightsEmpty':
    '{file} holds no weights: write one criterion and its weight per line, such as market_demand,2 (a header line criterion,weight is optional).',
  'score.col.rank': 'Rank',
  'score.col.activity': 'Activity',
  'score.col.score': 'Score',
  'score.col.ci': '95% CI',
  'score.col.n': 'n',
  'score.col.respondents': 'Respondents',
  'score.col.flags': 'Flags',
  'score.mark.heldBack': 'not shortlisted: only {n} rating(s), {minN} needed',
  'score.heldBackNote':
    'Activities with fewer than {minN} ratings stay in the ranking but are not shortlisted or marked for a feasibility study (--min-n sets the number, --allow-low-n lets them in).',
  'flag.badExcel': 'unknown Excel dialect "{value}": use one of {choices}, or --excel alone for the output language.',
  'score.col.shortlist': 'Shortlist',
  'score.col.stability': 'In shortlist',
  'score.col.rankRange': 'Rank range',
  'score.mark.feasibility': 'feasibility study',
  'score.mark.shortlist': 'shortlist',
  'score.title': 'Ranking of candidate activities',
  'score.summary':
    '{activities} activities from {ratings} ratings in {files} file(s); shortlist: top {shortlist}, feasibility study: top {feasibility}.',
  'score.sensitivityNote':
    'Sensitivity: {runs} runs, each weight multiplied by a random factor between {low} and {high}.',
  'score.flag.low_n': 'few ratings',
  'score.flag.missing_criteria': 'criteria not rated',
  'score.flag.ci_unreliable': 'interval unreliable',
  'score.flag.unscored': 'not scored',
  // tree report
  'report.badWords': '{file} is not valid JSON: {reason}',
  'report.badTemplate': 'The report template {file} cannot be used:',
  'report.csvNeedsFolder': 'CSV reports are one file per table: give -o a folder (out/report-csv), not a file.',
  'report.batchFailed': 'No report for {workspace}:',
  'report.batchProgress': 'Reports: {done}/{total} ({percent}%)',
  'report.batchDone': '{written} of {total} reports and a summary written to {dir}.',
  'report.batchFailures': '{count} village(s) without a report: {list}.',
  'report.needsOutDir': 'Several workspaces make several reports: give --out-dir DIR for them.',
  'report.byNeedsOutDir': '--by {field} makes one report per {field}: give --out-dir DIR for them.',
  'report.byOneWorkspace': '--by {field} splits the survey files of one workspace: give one workspace, not {count}.',
  'report.byNoFiles':
    '--by {field} splits the survey files of the workspace, and it lists none: list them in assessment.json (survey.files, needs.files).',
  'report.byNoColumn':
    'cannot split {file} by {field}: it has no column for it (looked for {candidates}). Map the column in assessment.json: {mapping}: "COLUMN".',
  'report.byAmbiguous':
    'cannot split {file} by {field}: several columns could hold it ({columns}). Map the one to use in assessment.json: {mapping}: "COLUMN".',
  'report.byNoValues': 'the survey files hold no rows to split by {field}.',
  'report.byBlank': '(blank)',
  'report.byBlankRows':
    '{count} row(s) have no {field} (the first at {at}): they make the report "{label}", so that none is left out.',
  'report.noRowsWhere': 'The {what} has no rows for {field} "{value}".',
  'report.what.ratings': 'rating survey',
  'report.what.households': 'household survey',
  'report.hint.ranking':
    'To rank the candidates: list the rating survey in survey.files and run tree score, or rate them with tree assess.',
  'report.hint.gender':
    'To compare the rankings of women and men: map the survey column that holds gender (survey.columns.segments.gender).',
  'report.hint.sensitivity':
    'Run the report with sensitivity runs to see how the ranking holds when the weights change.',
  'report.hint.needs': 'To analyse training needs: collect the household / trainee survey and list it in needs.files.',
  'report.hint.partners': 'To shortlist partners: list the partner directory in partners.directory.',
  // tree partners
  'partners.noDirectory':
    'No partner directory given: name the CSV (tree partners data/partners.csv) or set partners.directory in assessment.json.',
  'partners.invalid': '{file} has {count} problem(s) as a partner directory; nothing was written:',
  'partners.noSurvey':
    'No household survey: the needs come from the activity catalogue alone (every skill, the usual support).',
  'partners.noActivities':
    'No activities to find partners for: run tree assess or tree score first, or give --activities.',
  'partners.reason.covers': 'covers {skills} ({count} of {of} skills)',
  'partners.reason.sector': 'works in {sector}',
  'partners.reason.activity': 'works with this activity',
  'partners.reason.everything': 'works in every sector',
  'partners.reason.distance': '{km} km',
  'partners.reason.capacity': '{capacity} people a year',
  'partners.reason.capacityFor': '{capacity} people a year for {trainees}',
  'partners.reason.accessible': 'accessible',
  'partners.reason.notAccessible': 'not accessible',
  'partners.reason.womenOnly': 'women-only groups possible',
  'partners.reason.noWomenOnly': 'no women-only groups',
  'partners.type.training_provider': 'training provider',
  'partners.type.microfinance': 'microfinance',
  'partners.type.bank': 'bank',
  'partners.type.cooperative': 'cooperative',
  'partners.type.bumdes': 'BUMDes',
  'partners.type.ngo': 'NGO',
  'partners.type.government': 'government office',
  'partners.type.buyer': 'buyer',
  'partners.type.bds': 'business development service',
  'partners.cost.free': 'free',
  'partners.cost.low': 'low cost',
  'partners.cost.medium': 'medium cost',
  'partners.cost.high': 'high cost',
  'partners.gap.none': 'no partner in the directory offers {need} for it',
  'partners.gap.capacity': 'the partners found serve {capacity} people a year, for {trainees}',
  'partners.title': 'Partner shortlist',
  'partners.summary': '{partners} partners in {directory}; needs from {from}; top {top} per need.',
  'partners.from.survey': 'the household survey',
  'partners.from.catalogue': 'the catalogue (no household survey)',
  'partners.col.need': 'Need',
  'partners.col.partner': 'Partner',
  'partners.col.score': 'Score',
  'partners.col.reasons': 'Why',
  'partners.col.contact': 'Contact',
  'partners.gaps': 'Needs not covered',
  'partners.gapFill': 'would need {fill}',
  'partners.trainees': '{trainees} people interested',
  // tree needs
  'needs.noFiles':
    'No household survey given: name the CSV (tree needs data/households.csv) or list it in needs.files of assessment.json.',
  'needs.invalidInput': 'The household survey has {count} problem(s); nothing was written:',
  'needs.badSkill': '"{value}" is not a self-rating of {skill}: use 1–{max}, or yes / no.',
  'needs.badAge': '"{value}" is not an age: use years (34) or a band (25_39, 60_plus).',
  'needs.unknownActivities': 'Not in the catalogue or the workspace: {names}. Use an activity id, name or synonym.',
  'needs.tooManyActivities':
    '{file}: more than {max} different activities wanted: is the right column read as activities? Map it with --map wanted=COLUMN.',
  'needs.noWantedColumn':
    'No column of the activities people want (wanted_activities, or one 0/1 column per activity): is this the household survey? Name the column with --map wanted=COLUMN.',
  'needs.readParts': '{file} read in {parts} part(s), on as many threads.',
  'needs.noSkillColumns':
    'No self-rated skill columns found: every skill is "unknown". Name them by skill id (skills-food_processing) or map them (--map skill:food_processing=COLUMN).',
  'needs.unmatched': 'Activities wanted that match no catalogue activity or opportunity (people): {list}.',
  'needs.title': 'Training needs',
  'needs.summary': '{people} people in {files} file(s); {count} activities ({scope}).',
  'needs.scope.activities': 'as asked',
  'needs.scope.shortlist': 'the shortlist of assessment.json',
  'needs.scope.all': 'every activity people asked for',
  'needs.col.activity': 'Activity',
  'needs.col.interested': 'Interested',
  'needs.col.women': 'Women',
  'needs.col.youth': 'Youth',
  'needs.col.disability': 'Disab.',
  'needs.col.topModules': 'Modules first (gap)',
  'needs.col.groups': 'Groups',
  'needs.col.plan': 'When, where',
  'needs.col.skill': 'Skill',
  'needs.col.kind': 'Kind',
  'needs.col.lacking': 'Lacking',
  'needs.col.unknown': 'Unknown',
  'needs.col.gap': 'Gap',
  'needs.col.hours': 'Hours',
  'needs.col.trainees': 'Trainees',
  'needs.col.constraint': 'Constraint',
  'needs.col.support': 'Support',
  'needs.col.people': 'People',
  'needs.col.action': 'What the course can do',
  'needs.kind.foundation': 'Foundation',
  'needs.kind.technical': 'Technical',
  'needs.kind.business': 'Business',
  'needs.kind.core': 'Core work skills',
  'needs.kind.personal': 'Personal',
  'needs.interested':
    '{total} interested: {female} women, {male} men; {youth} young ({min}–{max}); {disability} with a disability.',
  'needs.modules': 'Training modules, most needed first',
  'needs.skills': 'Required skills',
  'needs.plan':
    'Course plan: {groups} group(s) of up to {size}; {time}; {place}; {days} day(s); {hours} hours of modules.',
  'needs.planMobile': 'Most want the training in the village: plan mobile training.',
  'needs.mobileShort': 'mobile',
  'needs.unknownPlan': 'not asked',
  'needs.inclusion': 'Inclusion',
  'needs.inclusionMet': '{group}: {share} of the interested (target {target}).',
  'needs.inclusionShort': '{group}: {share} of the interested, short of the target {target}: {suggestion}',
  'needs.inclusionNoTarget': '{group}: {share} of the interested (no target set).',
  'needs.group.women': 'Women',
  'needs.group.youth': 'Youth',
  'needs.group.disability': 'Persons with disabilities',
  'needs.suggest.women': "reach women through women's groups (PKK, KWT), train near home at hours they choose.",
  'needs.suggest.youth': 'reach young people through Karang Taruna and schools, with short practical courses.',
  'needs.suggest.disability':
    'reach persons with disabilities through Dinas Sosial and DPOs, with an accessible venue.',
  'needs.constraints': 'Constraints to address',
  'needs.support': 'Support wanted after training',
  'needs.noneInterested': 'Nobody in the survey wants this activity.',
  'needs.gapNote':
    'gap = lacking ÷ (interested − unknown); lacking: self-rating ≤ {at} or "no"; unknown: not answered.',
  'needs.unknownTable': 'Unknown table "{value}": use one of {allowed}.',
  // tree assess
  'assess.badAnswers': '{file} has {count} problem(s) as tree assess answers:',
  'assess.tooManyCandidates': '{count} candidate activities: at most {max} can be screened at once.',
  'assess.unknownActivity': '"{id}" is not an activity of the catalogue.',
  'assess.unknownCandidate': 'no candidate has the key "{key}"; the candidates are: {keys}.',
  'assess.ratingCount': 'needs {expected} ratings, one per criterion (got {got}).',
  'assess.ratingValue': 'rating {position} ({criterion}) "{text}" is not {min}–{max} or -.',
  'assess.unknownCriterion': 'no criterion "{id}"; the criteria are: {ids}.',
  'assess.noRatings':
    'No ratings yet: rate the candidates here (tree assess --section screening) or collect the survey and run tree score.',
  'assess.noTerminal':
    'No terminal to ask on: give the answers with --answers FILE (see schemas/assess-answers.schema.json), or --yes to take the workspace and default answers.',
  'assess.resuming': 'Continuing the session saved in {file} (--restart starts again).',
  'assess.resumeHint': 'Every answer so far is saved in {file}. To continue: {command}',
  'assess.saved': 'Saved: {workspace}, {progress}{ratings}.',
  'assess.rankingTitle': 'Ranking of the candidate activities',
  'assess.shortlistTitle': 'TREE shortlist to present to the community: {names}',
  'assess.feasibilityTitle': 'For a feasibility study: {names}',
  'assess.checklistTitle': 'The feasibility study looks at:',
  'assess.checklist':
    'market (demand, competition, price) · financial (capital, credit, profit) · technical (production, skills) · management · social (women, youth, disability) · conflict sensitivity',
  'assess.nextTitle': 'Next:',
  'assess.nextScore': 'the same ranking from the files alone',
  'assess.nextNeeds': 'training needs of the shortlisted activities (needs a household survey)',
  'assess.nextPartners': 'partners who can train, lend, buy and advise',
  'assess.nextReport': 'the assessment report',
  'assess.unknownSection': 'Unknown section "{value}": use one of {allowed}.',
  // tree form
  'form.unknownKind': 'Unknown form "{value}": use one of {allowed}.',
  'form.wrote': 'Wrote {form} form {formId} version {version}: {files}',
  'form.next':
    'Upload the .xlsx (or the .xml) to KoboToolbox or ODK Central; export the submissions as CSV and run tree score / tree needs on them, no mapping needed.',
  'form.mappingIgnored':
    "survey.columns in assessment.json maps columns the generated rating form does not have; remove it before scoring this form's exports.",
  // Formats
} as const;

export type MessageKey = keyof typeof en;
