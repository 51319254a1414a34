/**
 * Strike reports read out of Ukrainian Air Force statements and news text, in English and
 * Ukrainian: rule-based, offline, every figure with the words it came from.
 *
 * <pre>{@code
 * Extraction x = StatementExtractor.builtIn().extract(text, LocalDate.of(2025, 4, 17));
 * x.report();         // Optional<StrikeReport>: weapon lines, casualties, source, the date
 * x.figures();        // every figure: group, field, count, place, span of its words and its cue
 * x.setAside();       // figures that are not the report's, with the reason
 * x.notUnderstood();  // sentences with numbers, weapon names or outcome words, no figure
 * }</pre>
 *
 * <h2>How a text is read</h2>
 *
 * <p>The text is cut into sentences (line breaks end a sentence unless the next line goes on in
 * lower case, or the lines are a list after a line ending in a colon: each ends in a colon, a
 * semicolon or a comma, or the next starts with a digit or a bullet). In each sentence the extractor finds numbers ({@link NumberText}: digits,
 * {@code 1,200}, {@code 1 200}, English and Ukrainian number words in every case, {@code 113-ма}),
 * how they are qualified ({@link Qualifier}), the noun phrase after each (what it counts: a
 * {@link Group}), and the cues that say which figure it is ({@link Field}). A cue takes the
 * number next to it: after an active cue ("shot down 25 drones", «збито 26 дронів»), before a
 * passive one ("25 drones were shot down", «7 локаційно втрачені»), and the list that number
 * starts or ends ("Thirty of the Kh-101s, four of the ballistic missiles and both Iskander-Ks
 * were shot down"). A list after a colon, a dash, "including", «зокрема», "among them" or a
 * parenthesis takes the field of what it breaks down ("A total of 112 aerial targets were shot
 * down: 48 missiles and 64 drones"); a list after a cue and its colon (or dash, «Збито – 51
 * дрон») at the start of a clause takes the cue's field ("Shot down: 51 drones and 2 Kh-101 missiles; 7 drones hit targets",
 * «Збито: 51 дрон і 2 ракети Х-101», "Suppressed:", «Подавлено:», "Launched:"; the hit outcome
 * too, "Hit targets:", "Hit:", "Struck targets:", «Влучання:», «Уражено цілі:», and "Jammed:",
 * "Lost:", "Redirected:", "Diverted:" as their "were jammed" ..., suppressed; these only with no
 * word before them on their line, so "7 drones hit targets" stays the verb: each item, past
 * a semicolon an item with nothing after it; the launched count is then what the text states
 * elsewhere, else unknown), also on the lines after a line ending in the colon (one item a line,
 * with or without a bullet, "-", "•", "*"); an outcome heading after a comma that ends such a
 * list heads its own («Збито – 40 дронів, локаційно втрачено – 10», "Shot down: 40 drones, lost
 * locationally: 10": suppressed 10, its bare number of the one group before it, not understood
 * after drones and missiles); an outcome heading's items name weapons or have no noun ("Shot
 * down: 40 drones, hit: 3 buildings", «Уражено – 3 об'єкти»: the 3 not understood); a number
 * of weapons after such a colon that is not an item of
 * the list ("Shot down by air defence: 51 drones", two items with nothing between them, weapons
 * after "Hits recorded:" or «Зафіксовано влучання:», where hits are places) is not
 * understood, never launched; weapons do not break down a count of people ("two were
 * injured, including both missiles" reads the missiles on their own), and the whole of a
 * partitive of people ("two of the five people were killed") is no figure: people are not
 * launched. A number without a noun counts what the number before it counted ("and another 30
 * failed to reach their targets"), the whole after a part of it ("100 drones, including 40
 * decoys. 80 were shot down": the drones; a part after "including" with no noun of its own,
 * "including 1 launched from a submarine", is no weapon of its own: not understood, never a
 * line, nor is "3 of them from the Black Sea" after a number launched of them; the whole's
 * list when the whole is an item of one and the part is not of it or the list's other items are
 * of its kind: "5 Kh-101 and 4 Kalibr missiles, including 2 Kh-101 at Lviv. 8 were shot down"
 * the nine as one line, never 8 of the 4 Kalibr ("5 missiles and 100 drones, including 60
 * Shaheds. 90 were shot down": the drones); never more than was launched of what it would
 * count, when the text launched more than one group: "4 Kh-59 missiles, including 2 Kh-69, and
 * 3 Kalibr missiles. 5 were shot down" is not understood), "both" after two pairs ("2
 * Iskander-M and 2 Kh-59 missiles. Both were shot down") neither of them, not understood ("both
 * of which" the pair just before it; "both drones and missiles", "both ... and", no pair at all), the list after a list, as "of them" ("3 Kh-101 and 2
 * Kalibr missiles. 4 were shot down": the two types as one line; after drones and missiles, no
 * figure, also when a share stands in the list: "130 drones, 80 of them Shaheds, and 2
 * Iskander-M missiles. 100 were shot down"); "of them" the list before (the whole it breaks
 * down, else the list itself: "all of them" and "all were shot down" every group of it, each
 * with its own number, only right after the weapons' own number, in its sentence or (at the start
 * of one) the one before: after a count of something else, "Three buildings were hit; all of them
 * were destroyed", «Уражено 3 будівлі, вони всі знищені», not understood; "five of them" the listed missile types as one combined line, never one
 * group of the list; "all were shot down but one", «усі збито, крім однієї», "not all (missiles)
 * were shot down", «не всі ракети збито» no figure),
 * "of which", «з яких» as "of them", but the words just before it, never the whole they are a
 * part of ("99 missiles, including 70 Kh-101, of which 59 were downed": the Kh-101); a share of
 * them ("about 60 of them Shaheds") the group of the list that holds it (and a number after it
 * the whole: "60 drones, of which 40 Shaheds. 50 were shot down" the drones); "of the ballistic
 * missiles" the ballistic missile named before. A
 * range ("40 to 50", "40-50", "between 40 and 50", «від 40 до 50») is between its two numbers;
 * "none of the missiles", "no missiles" before an outcome are zero, as are «жодна з яких не
 * була збита», «жодну з них не збито», «жодну ракету не збито» (the «не» goes with «жодна»; not
 * with a «не» of the cue's
 * own, «жодна з них не долетіла», which is listed), and before the verb of weapons that hit,
 * "none of which hit", "none of them hit", "no missile hit", «жодна з яких не влучила», «жодна
 * ракета не влучила» (hit 0; "none of which
 * hit Kyiv", «не влучила в Київ», "none of which were hit" give no figure and are listed)
 * ("none" after a list for each
 * group of it, as "none of them"; in a clause that names a place, "no drones were shot down over
 * Kyiv", no figure: that is Kyiv's; for weapons the text gives no other figure, not understood).
 * Dates ("8 May", «14 січня»), years, times ("11:26",
 * "6.35am"), ordinals ("80th"), percentages and amounts are not counts.
 *
 * <h2>What is understood</h2>
 *
 * <table class="striped">
 *   <caption>Phrasings and the figures they give</caption>
 *   <thead><tr><th scope="col">Figure</th><th scope="col">English</th>
 *     <th scope="col">Ukrainian</th></tr></thead>
 *   <tbody>
 *     <tr><td>launched</td><td>launched, fired, sent, used, deployed, involved, attacked
 *       (Ukraine overnight) with, struck ... with, tracked / counted (a total of), were launched;
 *       a list after "included", "comprised", "among them were"; "of 42 cruise missiles, 32 ...";
 *       "all six Kinzhals were shot down" (six launched too)</td>
 *       <td>атакував, запустив, застосував, випустив, зафіксовано; «Серед ракет – ...»;
 *       «Із сорока двох ... збито 32»; «обидві випущені ракети»</td></tr>
 *     <tr><td>destroyed</td><td>shot down, downed, destroyed, intercepted, brought down,
 *       eliminated; "as were ..."; "all of which were destroyed"; "all (of them) were shot
 *       down", "all, officials said, were shot down"; "they were all shot down", "they have all
 *       been destroyed" only right after one group's own number, in its sentence or the one
 *       before (after several, a sentence later, a count of something else, "Three buildings
 *       were hit; they were all destroyed", a part or an outcome of the group, "40 drones, 10 of
 *       which hit Kyiv. They were all shot down", not understood; "they were shot down", no
 *       "all", not understood, as «вони збиті» is); "50 drones and all missiles were shot
 *       down", "all drones and 3 missiles were shot down", "all missiles, as well as 30 drones,
 *       were shot down" (all missiles: their number launched, else each type's; with none, not
 *       understood; in a clause that names a place, "shot down all drones over the Kyiv region",
 *       not understood); "the missile was destroyed";
 *       "none of the
 *       missiles / no missiles were shot down" (0)</td><td>збито, знищено, збили, вдалося збити,
 *       підтверджено збиття; «Ракети Х-59/69 збито»; «усі збито», «всі збиті», «усі вони (були)
 *       знищені», «вони всі збиті», «усі, як повідомили в ПС, збито», «усі з яких», «всі з них», «всі ракети
 *       збито», «усі БпЛА та 3 ракети збито»; «обидві (з яких) збито» after a launch verb,
 *       «обидві ракети збито» also in its sentence</td></tr>
 *     <tr><td>neutralised (shot down or suppressed, one figure; a line's destroyed)</td>
 *       <td>shot down or suppressed, shot down or lost locationally, neutralised, taken
 *       out</td><td>збито/подавлено, збиті або локаційно втрачені, знешкоджено, вдалося
 *       знешкодити</td></tr>
 *     <tr><td>suppressed</td><td>lost locationally, locationally lost, failed to / did not
 *       reach their targets, disappeared from radar, vanished, were jammed, were "lost", were
 *       suppressed</td><td>локаційно втрачені, не досягли цілей, не долетіли, подавлено</td></tr>
 *     <tr><td>still airborne</td><td>still airborne, (were / remained / remain) in the air, in
 *       Ukrainian airspace</td><td>перебувають / залишалися в повітрі, ще в повітрі</td></tr>
 *     <tr><td>left airspace (with the country)</td><td>left Ukrainian airspace, flew (back)
 *       toward Belarus / Russia, crossed into Polish airspace, "one toward Belarus and five
 *       toward Russia"</td><td>залишили повітряний простір, полетіли в бік Білорусі, у бік
 *       Росії</td></tr>
 *     <tr><td>hit (weapons)</td><td>hit / reached (their) targets; "one ballistic missile hit
 *       Kharkiv", "two drones struck ...", "7 drones hit targets", "7 drones hit.", "shot down
 *       72 drones and 8 hit targets": the hit outcome of the launched line of those weapons, or
 *       alone hit N, launched at least N, as "51 drones were shot down" is ("40 drones struck
 *       Ukraine", the country, is what was launched); "2 Kh-101 missiles, both of which hit
 *       targets in Lviv", "all of which hit", "two of which hit"; "none of which hit" (0); never
 *       targets hit ("hit: 3 targets", «уражено 3 цілі»: places or objects on the ground as
 *       often as weapons, not understood), nor weapons that were hit ("3 drones were hit", "were
 *       also hit by ...", «Уражено 3 дрони», «Уражено: 3 дрони», «3 дрони уражені»: hit by
 *       something, neither hit nor launched, not understood), nor weapons with a verb of
 *       their end no cue reads ("3 drones fell", "exploded", "got through", «3 дрони впали»,
 *       «прорвалися», and any verb after them that is no verb of a launch, "plunged",
 *       «розбилися»: not understood)</td>
 *       <td>влучання 5 ракет; «ракета влучила в ...»; «7 дронів влучили в цілі»; «досягли цілей»,
 *       «долетіли до цілей»; «усі / обидві з
 *       яких влучили»; «жодна з яких не влучила», «жодна ракета не влучила» (0)</td></tr>
 *     <tr><td>hit locations, debris locations (places)</td><td>hits were recorded at 13
 *       locations, drone hits ...; debris fell at 19, debris hit 3 houses; never the weapons
 *       whose debris it is ("debris of 3 drones fell": no places, no number launched, not
 *       understood)</td><td>влучання на 13 локаціях, влучання зафіксовано на ...; падіння
 *       уламків – на трьох, уламки впали на ..., уламки влучили в 2 будинки; never «уламки 3
 *       дронів»</td></tr>
 *     <tr><td>killed</td><td>killed, dead, died, deaths, the death toll rose to</td>
 *       <td>загинули, загиблих, вбито</td></tr>
 *     <tr><td>injured</td><td>injured, wounded, hurt, hospitalised</td>
 *       <td>поранено, постраждали, дістали поранень</td></tr>
 *     <tr><td>no casualties (exact zeros)</td><td>no casualties, no deaths, no one was
 *       killed / injured</td><td>загиблих і постраждалих немає, загиблих немає, без жертв</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Groups: "aerial targets", "air attack assets", «засоби повітряного нападу», «цілі» are
 * every target (bare "targets", «цілі» only with a verb of launch or interception, or as the
 * whole of such an outcome, "Of 42 targets, 29 were destroyed"); "drones", «БпЛА», «дрони»
 * the drones; "Shahed-type drones and decoys",
 * «ударні БпЛА типу Shahed, «Гербера» та дрони-імітатори» the drones (Shaheds and decoys
 * together); "Shahed drones" alone the Shaheds; "decoys", «дрони-імітатори» the decoys; "missiles",
 * «ракети» the missiles; "cruise / ballistic / aeroballistic missiles", «крилаті / балістичні»
 * a category, with the types it names ("Kh-101 and Iskander-K cruise missiles"); a weapon name
 * («Х-101», «Калібри», «Іскандер-М», «Кинджали», Kh-59/69, S-300/S-400, Zircon, Orlan-10 ...)
 * a type, through the {@link org.conflictstats.model.WeaponCatalog}; "people", «людей» people.
 * A family name without its variant, "Iskanders", «Іскандери», is the one type of the family the
 * text named before (Iskander-M or Iskander-K); "all Iskanders" every type of it the text gave a
 * number launched of; with both named, the two as one combined line; with none named, "3 Iskander
 * missiles" are missiles; otherwise a number of them is not understood.
 * "About 250 of them Shaheds", «близько 70 із запущених дронів – «шахеди»», «зокрема близько 60 -
 * Shahed» is the share of Shaheds among the drones.
 *
 * <h2>From groups to weapon lines</h2>
 *
 * <p>A report's weapon lines must not overlap (their counts are added up), while a text gives
 * groups inside groups. The groups are arranged in a tree (every target; drones and missiles;
 * categories; types), a type going under its category when the counts add up that way or the
 * text breaks it out of the category ("including 28 Kalibr"; a type broken out of another type,
 * "4 Kh-59 missiles, including 2 Kh-69", makes the whole a category of the two), and each group's figures are shared
 * over its parts: a part that states a count keeps it; what is left goes to the one part that
 * does not state it, or to one combined line of all such parts (launched per part in the line's
 * {@code launchedByModel}, as the Air Force's "X-101/X-555 and Kalibr" lines); what the parts do
 * not account for becomes a line of its own. The drones are one {@code Shahed-136/131} line (the
 * Air Force's convention: the line holds the decoys too) with the Shaheds' share as
 * {@code genuineShaheds}; missiles of no named type are {@code Unknown Missile}; a category's own
 * weapon is the types it names, else {@code Cruise Missile}, {@code Ballistic Missile}, ... A
 * combined "shot down or suppressed" figure is the line's destroyed (the Air Force's own
 * {@code destroyed} since August 2025), and the report's notes say so. Places hit and debris places
 * go on the line of their group, those of the whole attack on the first line. Casualties: per place
 * where given; the totals are what is said without a place, else the sum of the places (and so
 * for weapons that hit: "two drones hit Kyiv and two hit Odesa" is hit 4). Two
 * statements of one figure combine into what both allow ({@code 3} and {@code at least 3} make 3); a
 * statement that allows nothing the first allows is set aside as a conflict.
 *
 * <h2>What is set aside</h2>
 *
 * <p>Figures of a sentence that cites Russia's defence ministry or the Kremlin, or that counts
 * Ukrainian drones; weapon figures a regional governor, regional or city administration, mayor or
 * air command gives for its own area ("over his region") (their casualty figures are kept:
 * casualties come from them); a recap of another night or period ("a night earlier", "the previous night", "over the
 * past week", «нагадаємо», «минулої ночі», «за тиждень»); "the remaining 20 drones" (what the
 * other figures leave); a figure that contradicts an earlier one. Each is listed with its reason
 * ({@link SetAside.Reason}) and the figures it would have given.
 *
 * <h2>Limits</h2>
 *
 * <p>An outcome word that no number, "all" or "none" takes ("Most of them were shot down", "half
 * of which were destroyed", «Більшість із них збито», «Їх збито») gives no figure: its sentence is
 * listed as not understood, with the words, also when the sentence gave other figures.
 *
 * <p>An outcome the text denies ("2 Iskander-M missiles were not intercepted", "did not shoot
 * down 8 missiles", "failed to / could not intercept", «не вдалося збити», «не змогли збити /
 * перехопити», also with up to two words between, «не змогли вчасно збити», "could not,
 * unfortunately, shoot down") gives no figure: not understood, never launched nor destroyed (the
 * bare verbs "shoot down", "intercept", "destroy", «знищити», «перехопити» are cues only after a
 * negation; what the sentence says happened instead, "which hit targets", is not read, so the
 * line of the weapons denied gives no outcome it has no count of as zero: hit, still airborne and
 * left airspace are unknown there, as destroyed and suppressed not stated are everywhere; only
 * there: "did not shoot down 8 Shahed drones" leaves the decoys' line as it is, "8 drones" names
 * every drone line; a
 * number without a noun after it counts the weapons the denied number names, never of it:
 * "...; 72 were destroyed" is destroyed 72 drones, launched unknown). Nor is a number of weapons with no
 * verb of its own right after a negation and a verb of stopping, within four words ("could not
 * stop 5 missiles", «не вдалося своєчасно знешкодити 5 ракет», "it was not possible to shoot down
 * 5 missiles"): not launched. Both are one rule ({@link Denial}): the negation is in the figure's
 * own clause ("did not fail but shot down 5 drones" is destroyed 5), and a number with its own
 * outcome verb right after it is not the next of a denied list ("could not shoot down 8 drones,
 * 72 destroyed", «не змогли збити 8 дронів, 72 знищено»: destroyed 72). A launched count is a figure only where
 * the text states it: "three Kinzhals were lost
 * locationally" gives suppressed 3, not launched 3 (the report's line may still get launched 3
 * when the other counts leave exactly three). A casualty without a number ("a boy was killed") is
 * not counted. A Russian-language text is not supported. One text gives one report; figures of
 * another night are set aside, not made into a report of their own. The project README lists the
 * measured precision and recall on the statement corpus and the remaining misses.
 */
package org.conflictstats.text;
