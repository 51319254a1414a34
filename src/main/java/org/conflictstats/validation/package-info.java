/**
 * Validation of strike reports: a {@link org.conflictstats.validation.Validator} runs
 * {@link org.conflictstats.validation.Rule}s over a report and returns a
 * {@link org.conflictstats.validation.ValidationResult}, a list of
 * {@link org.conflictstats.validation.Finding}s. A finding has a
 * {@link org.conflictstats.validation.Severity}, a stable code, a
 * {@link org.conflictstats.validation.FieldPath} such as {@code lines[2].destroyed}, a message and
 * the offending value. Data problems are findings, never exceptions; exceptions are for misuse
 * only.
 *
 * <pre>{@code
 * ValidationResult r = Validator.standard().validateAll(reports);
 * r.findings(Severity.ERROR).forEach(System.out::println);
 * // ERROR OUTCOMES_EXCEED_LAUNCHED [r-17] lines[0]: known outcomes (at least 26) exceed launched (16) ...
 * }</pre>
 *
 * <h2>Finding codes</h2>
 *
 * <p>This table is the one place the standard codes are documented; {@link
 * org.conflictstats.validation.FindingCode} holds the same codes in code. Paths are written as
 * {@link org.conflictstats.validation.FieldPath#toString()} writes them, with {@code i} the index of
 * a weapon line. The severity is the default; {@code Validator.withSeverity} changes it and
 * {@code Validator.withoutCode} drops a code.
 *
 * <table class="striped">
 *   <caption>Codes of the standard rules</caption>
 *   <thead>
 *     <tr><th scope="col">Code</th><th scope="col">Severity</th><th scope="col">Path</th>
 *       <th scope="col">Meaning</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">{@code OUTCOMES_EXCEED_LAUNCHED}</th><td>error</td>
 *       <td>{@code lines[i]}</td>
 *       <td>Known outcomes (destroyed, suppressed, still airborne, left airspace, hit) certainly
 *       exceed launched: the lower bound of their sum is above launched's upper bound. The value is
 *       the sum.</td></tr>
 *     <tr><th scope="row">{@code DESTROYED_EXCEEDS_LAUNCHED}</th><td>error</td>
 *       <td>{@code lines[i].destroyed}</td>
 *       <td>Destroyed alone certainly exceeds launched. Always reported together with
 *       {@code OUTCOMES_EXCEED_LAUNCHED} for the same line.</td></tr>
 *     <tr><th scope="row">{@code OUTCOMES_MAY_EXCEED_LAUNCHED}</th><td>warning</td>
 *       <td>{@code lines[i]}</td>
 *       <td>The ranges given allow known outcomes above launched, though not certainly. An
 *       open-ended outcome (blank, "at least n") counts at its stated minimum, and a launched count
 *       without upper bound cannot be exceeded: blanks alone never raise this.</td></tr>
 *     <tr><th scope="row">{@code LAUNCHED_UNKNOWN}</th><td>warning</td>
 *       <td>{@code lines[i].launched}</td>
 *       <td>The exact number launched is unknown (blank; withheld, with or without a partial
 *       figure; a bound such as "at least 30"): the line has no rate.</td></tr>
 *     <tr><th scope="row">{@code PERIOD_ENDS_BEFORE_START}</th><td>error</td>
 *       <td>{@code period.end}</td>
 *       <td>The period certainly ends before it starts. A date-only bound is compared by date, so
 *       a start at 07:00 and an end given only as the same date is not reported here.</td></tr>
 *     <tr><th scope="row">{@code PERIOD_MAY_END_BEFORE_START}</th><td>warning</td>
 *       <td>{@code period.end}</td>
 *       <td>A date-only bound leaves it open: read at midnight, the end lies before the start (a
 *       start at 07:00 and an end given only as the same date). Tools that read a date as midnight
 *       count such a period as inverted; the end may as well be later that day.</td></tr>
 *     <tr><th scope="row">{@code PERIOD_TOO_LONG}</th><td>warning</td>
 *       <td>{@code period}</td>
 *       <td>The period lasts more than 48 hours even at its shortest: a date-only start is taken at
 *       the end of its day, a date-only end at its start. A date-only period from 16 to 17 April is
 *       fine.</td></tr>
 *     <tr><th scope="row">{@code TIME_IN_CLOCK_CHANGE}</th><td>warning</td>
 *       <td>{@code period.start}, {@code period.end}</td>
 *       <td>A timed bound is a local time that its zone's clock change skips (spring forward) or
 *       repeats (fall back). The report keeps the time as written; it is resolved as
 *       {@code java.time} resolves it: a skipped time moves forward by the length of the gap (in
 *       Europe/Kyiv, 03:30 on the last Sunday of March is read as 04:30, +03:00), a repeated time
 *       takes the earlier offset (03:30 on the last Sunday of October is the first one, +03:00).
 *       Durations, overlap and attribution use that instant.</td></tr>
 *     <tr><th scope="row">{@code NO_SOURCE}</th><td>error</td>
 *       <td>{@code source}</td>
 *       <td>The report names no source: it cannot be put in a source scope.</td></tr>
 *     <tr><th scope="row">{@code UNRESOLVED_WEAPON}</th><td>warning</td>
 *       <td>{@code lines[i].weapon}</td>
 *       <td>The catalogue does not know the weapon, or a part of a composite weapon; its category
 *       is unclassified.</td></tr>
 *     <tr><th scope="row">{@code COMPOSITE_WEAPON}</th><td>info</td>
 *       <td>{@code lines[i].weapon}</td>
 *       <td>The line reports several weapon types together; its counts cannot be split by
 *       type.</td></tr>
 *     <tr><th scope="row">{@code DUPLICATE_WEAPON}</th><td>warning</td>
 *       <td>{@code lines[i].weapon}</td>
 *       <td>An earlier line of the same report names the same weapon (same canonical name, a
 *       composite's parts in any order); the later line is reported. The report may count
 *       weapons twice, or split a type by target.</td></tr>
 *     <tr><th scope="row">{@code CASUALTIES_CONTRADICT}</th><td>error</td>
 *       <td>{@code casualties.killed}, {@code casualties.injured}</td>
 *       <td>The places' lower bounds add up to more than the total's upper bound. A total above
 *       the places' sum is no contradiction: the places given need not be all.</td></tr>
 *     <tr><th scope="row">{@code BEYOND_INPUT_LIMITS}</th><td>error</td>
 *       <td>the count ({@code lines[i].launched}, {@code lines[i].details.subTypes[j].launched},
 *       {@code casualties.killed}, ...) or {@code period.start}, {@code period.end}</td>
 *       <td>A count above {@code InputLimits.MAX_COUNT} (10^9), or a year outside 1900-2200:
 *       every reader refuses it, so a report built in code that holds one would be written and
 *       not read back, and sums over it could overflow.</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Custom rules may use codes of their own (upper-case letters, digits, underscores); they are
 * best documented beside the rule.
 */
package org.conflictstats.validation;
