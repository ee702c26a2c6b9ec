<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AnchorCards</name>
        <message>
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>A scale file could not be read</source>
            <translation>En skalfil kunde inte läsas</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>History of the review</source>
            <translation>Mätningens historik</translation>
        </message>
        <message>
            <source>History: %1</source>
            <translation>Historik: %1</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ändring</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>Inga ändringar registrerade ännu.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Review finished</source>
            <translation>Mätningen slutförd</translation>
        </message>
        <message>
            <source>Review reopened</source>
            <translation>Mätningen öppnad igen</translation>
        </message>
        <message>
            <source>Consensus score %1</source>
            <translation>Konsensuspoäng %1</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Poäng %1</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Mätningar</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Gjord</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontroll</translation>
        </message>
        <message>
            <source>Backups are kept in %1</source>
            <translation>Säkerhetskopiorna sparas i %1</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Säkerhetskopiera nu</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Återställ …</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>at start</source>
            <translation>vid start</translation>
        </message>
        <message>
            <source>at close</source>
            <translation>vid avslut</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuellt</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Skadad</translation>
        </message>
        <message>
            <source>Backup made: %1</source>
            <translation>Säkerhetskopia gjord: %1</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Återställ säkerhetskopian</translation>
        </message>
        <message>
            <source>Replace the database with the backup from %1?</source>
            <translation>Ersätta databasen med säkerhetskopian från %1?</translation>
        </message>
        <message>
            <source>The current database file is kept beside it, renamed; nothing is deleted.</source>
            <translation>Den nuvarande databasfilen behålls bredvid, med nytt namn; inget raderas.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Restored. The previous file was kept as %1</source>
            <translation>Återställd. Den tidigare filen sparades som %1</translation>
        </message>
    </context>
    <context>
        <name>CalculatorPanel</name>
        <message>
            <source>Calculator</source>
            <translation>Beräkningshjälp</translation>
        </message>
        <message>
            <source>Use the suggestion</source>
            <translation>Använd förslaget</translation>
        </message>
        <message>
            <source>Enter the tallies; the suggested score follows the ranges of the scale file (%1).</source>
            <translation>Fyll i underlaget; den föreslagna poängen följer skalfilens intervall (%1).</translation>
        </message>
        <message>
            <source>one number per sampled record, e.g. 12 30 45</source>
            <translation>ett tal per granskad journal, t.ex. 12 30 45</translation>
        </message>
        <message>
            <source>Tick the elements that are present (Space ticks the focused one).</source>
            <translation>Kryssa för de delar som finns (mellanslag kryssar den markerade).</translation>
        </message>
        <message>
            <source>%1 of %2 elements present → score %3</source>
            <translation>%1 av %2 delar finns → poäng %3</translation>
        </message>
        <message>
            <source>Suggested score: –</source>
            <translation>Föreslagen poäng: –</translation>
        </message>
        <message>
            <source>Fill in the tallies to see a suggested score.</source>
            <translation>Fyll i underlaget så visas en föreslagen poäng.</translation>
        </message>
        <message>
            <source>Suggested score: %1</source>
            <translation>Föreslagen poäng: %1</translation>
        </message>
        <message>
            <source>No score chosen yet.</source>
            <translation>Ingen poäng vald ännu.</translation>
        </message>
        <message>
            <source>The chosen score agrees with the suggestion.</source>
            <translation>Vald poäng stämmer med förslaget.</translation>
        </message>
        <message>
            <source>The chosen score is %1; it stays until you choose otherwise.</source>
            <translation>Vald poäng är %1 och ändras inte förrän du själv väljer.</translation>
        </message>
        <message>
            <source>Use the suggestion (%1)</source>
            <translation>Använd förslaget (%1)</translation>
        </message>
    </context>
    <context>
        <name>CompareModel</name>
        <message>
            <source>▲ Improved (+%1)</source>
            <translation>▲ Förbättrad (+%1)</translation>
        </message>
        <message>
            <source>▼ Declined (−%1)</source>
            <translation>▼ Försämrad (−%1)</translation>
        </message>
        <message>
            <source>= Unchanged</source>
            <translation>= Oförändrad</translation>
        </message>
        <message>
            <source>No recommendation.</source>
            <translation>Ingen rekommendation.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Tidigare</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Senare</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ändring</translation>
        </message>
        <message>
            <source>Recommendation last time</source>
            <translation>Rekommendation förra gången</translation>
        </message>
    </context>
    <context>
        <name>ComparePage</name>
        <message>
            <source>Earlier measurement</source>
            <translation>Tidigare mätning</translation>
        </message>
        <message>
            <source>Later measurement</source>
            <translation>Senare mätning</translation>
        </message>
        <message>
            <source>Back to the history</source>
            <translation>Tillbaka till historiken</translation>
        </message>
        <message>
            <source>Comparison per criterion</source>
            <translation>Jämförelse per kriterium</translation>
        </message>
        <message>
            <source>&amp;Earlier:</source>
            <translation>&amp;Tidigare:</translation>
        </message>
        <message>
            <source>&amp;Later:</source>
            <translation>S&amp;enare:</translation>
        </message>
        <message>
            <source>The recommendation column shows what was recommended at the earlier measurement: was it acted on?</source>
            <translation>Kolumnen Rekommendation visar vad som rekommenderades vid den tidigare mätningen: har det blivit gjort?</translation>
        </message>
        <message>
            <source>Comparison: %1</source>
            <translation>Jämförelse: %1</translation>
        </message>
        <message>
            <source>Total %1 → %2 (%3)</source>
            <translation>Totalt %1 → %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source>%n improved</source>
            <translation>
                <numerusform>%n förbättrad</numerusform>
                <numerusform>%n förbättrade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n oförändrad</numerusform>
                <numerusform>%n oförändrade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n declined</source>
            <translation>
                <numerusform>%n försämrad</numerusform>
                <numerusform>%n försämrade</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Changed on both computers</source>
            <translation>Ändrat på båda datorerna</translation>
        </message>
        <message>
            <source>These were changed both here and in the file since you last exchanged them. Choose the version to keep for each; the other one is set aside in the database, not deleted.</source>
            <translation>De här har ändrats både här och i filen sedan ni senast utbytte dem. Välj vilken version som ska gälla för var och en; den andra sparas undan i databasen, den raderas inte.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Here (mine)</source>
            <translation>Här (min)</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>I filen</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behåll</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Behåll min</translation>
        </message>
        <message>
            <source>Take the file's</source>
            <translation>Ta filens</translation>
        </message>
        <message>
            <source>Version to keep</source>
            <translation>Version som ska gälla</translation>
        </message>
        <message>
            <source>Keep mine for all</source>
            <translation>Behåll min för alla</translation>
        </message>
        <message>
            <source>Take the file's for all</source>
            <translation>Ta filens för alla</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Verkställ</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Bestäm senare</translation>
        </message>
    </context>
    <context>
        <name>ConsensusModel</name>
        <message>
            <source>%1 (proposed)</source>
            <translation>%1 (föreslagen)</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Rationale (%1)</source>
            <translation>Motivering (%1)</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Skillnad</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Konsensus</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Skäl</translation>
        </message>
    </context>
    <context>
        <name>ConsensusPage</name>
        <message>
            <source>Consensus</source>
            <translation>Konsensus</translation>
        </message>
        <message>
            <source>Each reviewer's own score side by side, biggest difference first (amber: 1 point, red: 2 or more). Press 1–5 to record the agreed score of the marked criterion, and write why.</source>
            <translation>Bedömarnas egna poäng sida vid sida, största skillnaden först (gult: 1 poäng, rött: 2 eller fler). Tryck 1–5 för att föra in den gemensamma poängen för det markerade kriteriet, och skriv varför.</translation>
        </message>
        <message>
            <source>With more than two reviewers the figures compare the first two.</source>
            <translation>Med fler än två bedömare jämför siffrorna de två första.</translation>
        </message>
        <message>
            <source>Record the score every reviewer gave as the consensus, where none is recorded yet</source>
            <translation>För in poängen som alla bedömare gav som konsensus, där ingen är införd ännu</translation>
        </message>
        <message>
            <source>Consensus per criterion</source>
            <translation>Konsensus per kriterium</translation>
        </message>
        <message>
            <source>Not agreed yet</source>
            <translation>Inte överens ännu</translation>
        </message>
        <message>
            <source>Consensus score</source>
            <translation>Konsensuspoäng</translation>
        </message>
        <message>
            <source>Why the reviewers agreed on this score…</source>
            <translation>Varför bedömarna enades om den här poängen …</translation>
        </message>
        <message>
            <source>Reason for the consensus</source>
            <translation>Skäl för konsensus</translation>
        </message>
        <message>
            <source>Consensus &amp;score:</source>
            <translation>Konsensus&amp;poäng:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Skäl:</translation>
        </message>
        <message>
            <source>Agreement between %1 and %2: no criterion is scored by both yet.</source>
            <translation>Överensstämmelse mellan %1 och %2: inget kriterium är bedömt av båda ännu.</translation>
        </message>
        <message>
            <source>Agreement between %1 and %2 (%3 criteria scored by both): exact %4 %, within one point %5 %, weighted kappa %6</source>
            <translation>Överensstämmelse mellan %1 och %2 (%3 kriterier bedömda av båda): exakt %4 %, inom en poäng %5 %, viktad kappa %6</translation>
        </message>
        <message>
            <source>(no rationale)</source>
            <translation>(ingen motivering)</translation>
        </message>
        <message>
            <source>Approve all agreeing (%1)</source>
            <translation>Godkänn alla överensstämmande (%1)</translation>
        </message>
    </context>
    <context>
        <name>CriterionPage</name>
        <message>
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Press 1–5 to score, 0 to clear; arrows and Space also work</source>
            <translation>Tryck 1–5 för att ge poäng, 0 för att ta bort; piltangenter och mellanslag fungerar också</translation>
        </message>
        <message>
            <source>Why this score: what the evidence shows…</source>
            <translation>Varför den här poängen: vad underlaget visar …</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>&amp;Rationale</source>
            <translation>&amp;Motivering</translation>
        </message>
        <message>
            <source>Recommendation to the unit for the report…</source>
            <translation>Rekommendation till verksamheten i rapporten …</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Rekommendation</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historik …</translation>
        </message>
        <message>
            <source>Who changed the score of this criterion, and when</source>
            <translation>Vem som ändrade poängen för kriteriet, och när</translation>
        </message>
        <message>
            <source>%1 · criterion %2 of %3</source>
            <translation>%1 · kriterium %2 av %3</translation>
        </message>
        <message>
            <source>Data sources: %1</source>
            <translation>Datakällor: %1</translation>
        </message>
        <message>
            <source>– %1's own</source>
            <translation>– %1s egen</translation>
        </message>
        <message>
            <source>– consensus</source>
            <translation>– konsensus</translation>
        </message>
        <message>
            <source>Previous measurement (%1)</source>
            <translation>Föregående mätning (%1)</translation>
        </message>
        <message>
            <source>Score: %1</source>
            <translation>Poäng: %1</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>Rekommendation: %1</translation>
        </message>
        <message>
            <source>No recommendation.</source>
            <translation>Ingen rekommendation.</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Styrka</translation>
        </message>
        <message>
            <source>Development area</source>
            <translation>Utvecklingsområde</translation>
        </message>
    </context>
    <context>
        <name>CsvExportDialog</name>
        <message>
            <source>Export measurements as CSV</source>
            <translation>Exportera mätningar som CSV</translation>
        </message>
        <message>
            <source>Long: one row per measurement and criterion (R, pivot tables)</source>
            <translation>Långt format: en rad per mätning och kriterium (R, pivottabeller)</translation>
        </message>
        <message>
            <source>Wide: one row per measurement, one column per criterion (Excel)</source>
            <translation>Brett format: en rad per mätning, en kolumn per kriterium (Excel)</translation>
        </message>
        <message>
            <source>All units in the database</source>
            <translation>Alla verksamheter i databasen</translation>
        </message>
        <message>
            <source>Only %1</source>
            <translation>Bara %1</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Measurements:</source>
            <translation>Mätningar:</translation>
        </message>
        <message>
            <source>Semicolon-separated UTF-8, as Swedish Excel expects (in R: read.csv2). Only scores and totals are exported, never evidence notes.</source>
            <translation>Semikolonseparerad UTF-8, som svenska Excel förväntar sig (i R: read.csv2). Bara poäng och summor exporteras, aldrig anteckningar.</translation>
        </message>
        <message>
            <source>Save CSV</source>
            <translation>Spara CSV</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Save the CSV file as</source>
            <translation>Spara CSV-filen som</translation>
        </message>
    </context>
    <context>
        <name>CsvExporter</name>
        <message>
            <source>IPS measurements</source>
            <translation>IPS-mätningar</translation>
        </message>
        <message>
            <source>The CSV file could not be saved</source>
            <translation>CSV-filen kunde inte sparas</translation>
        </message>
        <message>
            <source>The CSV file is saved</source>
            <translation>CSV-filen är sparad</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) written to:</source>
            <translation>
                <numerusform>%n rad skriven till:</numerusform>
                <numerusform>%n rader skrivna till:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Import a review</source>
            <translation>Importera en mätning</translation>
        </message>
        <message>
            <source>Exchange files (*.json);;All files (*)</source>
            <translation>Utbytesfiler (*.json);;Alla filer (*)</translation>
        </message>
        <message>
            <source>The file was not imported</source>
            <translation>Filen importerades inte</translation>
        </message>
        <message>
            <source>Nothing in the database was changed.</source>
            <translation>Inget i databasen ändrades.</translation>
        </message>
        <message>
            <source>The conflicts were left as they are here. Import the file again to choose.</source>
            <translation>Konflikterna lämnades som de är här. Importera filen igen för att välja.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) resolved; the version not chosen is set aside.</source>
            <translation>
                <numerusform>%n konflikt löst; versionen som inte valdes sparas undan.</numerusform>
                <numerusform>%n konflikter lösta; versionerna som inte valdes sparas undan.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 added, %2 updated, %3 unchanged.</source>
            <translation>%1 nya, %2 uppdaterade, %3 oförändrade.</translation>
        </message>
        <message numerus="yes">
            <source>%n changed only here were kept.</source>
            <translation>
                <numerusform>%n ändrad bara här behölls.</numerusform>
                <numerusform>%n ändrade bara här behölls.</numerusform>
            </translation>
        </message>
        <message>
            <source>The review is imported</source>
            <translation>Mätningen är importerad</translation>
        </message>
        <message>
            <source>Score, %1 (%2)</source>
            <translation>Poäng, %1 (%2)</translation>
        </message>
        <message>
            <source>consensus</source>
            <translation>konsensus</translation>
        </message>
        <message>
            <source>Note, %1</source>
            <translation>Anteckning, %1</translation>
        </message>
        <message>
            <source>unsorted</source>
            <translation>osorterat</translation>
        </message>
        <message>
            <source>Finding, %1</source>
            <translation>Styrka/utvecklingsområde, %1</translation>
        </message>
        <message>
            <source>Calculator, %1</source>
            <translation>Beräkningsunderlag, %1</translation>
        </message>
        <message>
            <source>The unit</source>
            <translation>Verksamheten</translation>
        </message>
        <message>
            <source>The review</source>
            <translation>Mätningen</translation>
        </message>
        <message>
            <source>score</source>
            <translation>poäng</translation>
        </message>
        <message>
            <source>rationale</source>
            <translation>motivering</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>IPS review</source>
            <translation>IPS-mätning</translation>
        </message>
        <message>
            <source>The review could not be exported</source>
            <translation>Mätningen kunde inte exporteras</translation>
        </message>
        <message>
            <source>The review is exported</source>
            <translation>Mätningen är exporterad</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the review</source>
            <translation>Exportera mätningen</translation>
        </message>
        <message>
            <source>The whole review</source>
            <translation>Hela mätningen</translation>
        </message>
        <message>
            <source>Only my part, as %1</source>
            <translation>Bara min del, som %1</translation>
        </message>
        <message>
            <source>Include the evidence notes (they may hold personal data)</source>
            <translation>Ta med anteckningarna (de kan innehålla personuppgifter)</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>&amp;Contents:</source>
            <translation>&amp;Innehåll:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportera</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n note(s) contain a Swedish personal identity number, which would be in the file.</source>
            <translation>
                <numerusform>Varning: %n anteckning innehåller ett personnummer, som skulle hamna i filen.</numerusform>
                <numerusform>Varning: %n anteckningar innehåller personnummer, som skulle hamna i filen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the review as</source>
            <translation>Exportera mätningen som</translation>
        </message>
        <message>
            <source>Exchange files (*.json)</source>
            <translation>Utbytesfiler (*.json)</translation>
        </message>
    </context>
    <context>
        <name>HistoryController</name>
        <message>
            <source>&amp;All units</source>
            <translation>&amp;Alla verksamheter</translation>
        </message>
        <message>
            <source>&amp;History of the unit</source>
            <translation>Verksamhetens &amp;historik</translation>
        </message>
        <message>
            <source>Export measurements as &amp;CSV…</source>
            <translation>Exportera mätningar som &amp;CSV …</translation>
        </message>
        <message>
            <source>Hi&amp;story</source>
            <translation>H&amp;istorik</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>Past measurements of the selected unit (Ctrl+H)</source>
            <translation>Tidigare mätningar av vald verksamhet (Ctrl+H)</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Alla verksamheter</translation>
        </message>
        <message>
            <source>Latest result of every unit, overdue follow-ups (Ctrl+Shift+O)</source>
            <translation>Senaste resultat för alla verksamheter, försenade uppföljningar (Ctrl+Skift+O)</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>All units</source>
            <translation>Alla verksamheter</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Units and reviews</source>
            <translation>Verksamheter och mätningar</translation>
        </message>
        <message>
            <source>Search unit, organisation or date…</source>
            <translation>Sök verksamhet, organisation eller datum …</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>New review…</source>
            <translation>Ny mätning …</translation>
        </message>
        <message>
            <source>Start a new review (Ctrl+Shift+N)</source>
            <translation>Starta en ny mätning (Ctrl+Skift+N)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppna</translation>
        </message>
        <message>
            <source>No reviews yet. Press “New review…” to start one.</source>
            <translation>Inga mätningar ännu. Tryck på ”Ny mätning …” för att börja.</translation>
        </message>
        <message>
            <source>Enter opens the selected review · Ctrl+F searches · Ctrl+Shift+N starts a new review</source>
            <translation>Enter öppnar vald mätning · Ctrl+F söker · Ctrl+Skift+N startar en ny mätning</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;New review…</source>
            <translation>&amp;Ny mätning …</translation>
        </message>
        <message>
            <source>&amp;Units and reviews</source>
            <translation>&amp;Verksamheter och mätningar</translation>
        </message>
        <message>
            <source>&amp;Search reviews</source>
            <translation>&amp;Sök mätningar</translation>
        </message>
        <message>
            <source>&amp;Save now</source>
            <translation>&amp;Spara nu</translation>
        </message>
        <message>
            <source>Export &amp;report as PDF…</source>
            <translation>Exportera &amp;rapport som PDF …</translation>
        </message>
        <message>
            <source>&amp;Blank scoring form as PDF…</source>
            <translation>&amp;Tomt bedömningsformulär som PDF …</translation>
        </message>
        <message>
            <source>&amp;Import review…</source>
            <translation>&amp;Importera mätning …</translation>
        </message>
        <message>
            <source>E&amp;xport review…</source>
            <translation>E&amp;xportera mätning …</translation>
        </message>
        <message>
            <source>Bac&amp;kups…</source>
            <translation>Säker&amp;hetskopior …</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Mätning</translation>
        </message>
        <message>
            <source>&amp;Next criterion</source>
            <translation>&amp;Nästa kriterium</translation>
        </message>
        <message>
            <source>&amp;Previous criterion</source>
            <translation>&amp;Föregående kriterium</translation>
        </message>
        <message>
            <source>&amp;Go to criterion…</source>
            <translation>&amp;Gå till kriterium …</translation>
        </message>
        <message>
            <source>Back to the &amp;score cards</source>
            <translation>Tillbaka till &amp;poängkorten</translation>
        </message>
        <message>
            <source>S&amp;core</source>
            <translation>&amp;Poäng</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Poäng %1</translation>
        </message>
        <message>
            <source>Clear the score</source>
            <translation>Ta bort poängen</translation>
        </message>
        <message>
            <source>&amp;Calculator</source>
            <translation>&amp;Beräkningshjälp</translation>
        </message>
        <message>
            <source>New &amp;note</source>
            <translation>Ny &amp;anteckning</translation>
        </message>
        <message>
            <source>&amp;Quick note</source>
            <translation>S&amp;nabbanteckning</translation>
        </message>
        <message>
            <source>&amp;Undo deleting a note</source>
            <translation>Å&amp;ngra borttagen anteckning</translation>
        </message>
        <message>
            <source>C&amp;onsensus</source>
            <translation>K&amp;onsensus</translation>
        </message>
        <message>
            <source>&amp;Finish…</source>
            <translation>S&amp;lutför …</translation>
        </message>
        <message>
            <source>&amp;Reopen…</source>
            <translation>Öppna &amp;igen …</translation>
        </message>
        <message>
            <source>&amp;History of changes…</source>
            <translation>&amp;Historik över ändringar …</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Kortkommandon</translation>
        </message>
        <message>
            <source>The review cannot be opened</source>
            <translation>Mätningen kan inte öppnas</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Skrivskyddad</translation>
        </message>
        <message>
            <source>No scale installed</source>
            <translation>Ingen skala installerad</translation>
        </message>
        <message>
            <source>No scale file could be read, so a review cannot be started.</source>
            <translation>Ingen skalfil kunde läsas, så en mätning kan inte startas.</translation>
        </message>
        <message>
            <source>The review could not be created</source>
            <translation>Mätningen kunde inte skapas</translation>
        </message>
        <message>
            <source>Not finished yet</source>
            <translation>Inte klar än</translation>
        </message>
        <message numerus="yes">
            <source>Incomplete – %n criteria missing</source>
            <translation>
                <numerusform>Ofullständig – %n kriterium saknas</numerusform>
                <numerusform>Ofullständig – %n kriterier saknas</numerusform>
            </translation>
        </message>
        <message>
            <source>With two reviewers the result is the consensus. No consensus score yet:</source>
            <translation>Med två bedömare är resultatet konsensus. Konsensuspoäng saknas för:</translation>
        </message>
        <message>
            <source>Open the consensus view</source>
            <translation>Öppna konsensusvyn</translation>
        </message>
        <message>
            <source>Go to the first missing</source>
            <translation>Gå till det första som saknas</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Finish the review</source>
            <translation>Slutför mätningen</translation>
        </message>
        <message>
            <source>All criteria are scored: %1/%2 points, %3.</source>
            <translation>Alla kriterier har poäng: %1/%2 poäng, %3.</translation>
        </message>
        <message>
            <source>A finished review is read-only until it is deliberately reopened.</source>
            <translation>En slutförd mätning är skrivskyddad tills den medvetet öppnas igen.</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Slutför</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Reopen the review</source>
            <translation>Öppna mätningen igen</translation>
        </message>
        <message>
            <source>Reopen the finished review for changes?</source>
            <translation>Öppna den slutförda mätningen igen för ändringar?</translation>
        </message>
        <message>
            <source>The reopening is recorded in the review's log.</source>
            <translation>Att den öppnas igen skrivs i mätningens logg.</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Öppna igen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>The new language is used the next time the program starts.</source>
            <translation>Det nya språket används nästa gång programmet startas.</translation>
        </message>
        <message>
            <source>Next / previous criterion</source>
            <translation>Nästa / föregående kriterium</translation>
        </message>
        <message>
            <source>Go to criterion</source>
            <translation>Gå till kriterium</translation>
        </message>
        <message>
            <source>Back to the score cards</source>
            <translation>Tillbaka till poängkorten</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>clears</source>
            <translation>tar bort</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Ny anteckning</translation>
        </message>
        <message>
            <source>Quick note</source>
            <translation>Snabbanteckning</translation>
        </message>
        <message>
            <source>Calculator</source>
            <translation>Beräkningshjälp</translation>
        </message>
        <message>
            <source>Undo deleting a note</source>
            <translation>Ångra borttagen anteckning</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Konsensus</translation>
        </message>
        <message>
            <source>Export the report as PDF</source>
            <translation>Exportera rapporten som PDF</translation>
        </message>
        <message>
            <source>Units and reviews</source>
            <translation>Verksamheter och mätningar</translation>
        </message>
        <message>
            <source>New review</source>
            <translation>Ny mätning</translation>
        </message>
        <message>
            <source>History of the unit</source>
            <translation>Verksamhetens historik</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Alla verksamheter</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>MatrixModel</name>
        <message>
            <source>Subtotal %1</source>
            <translation>Delsumma %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
    </context>
    <context>
        <name>MeasurementsModel</name>
        <message>
            <source>Finished</source>
            <translation>Slutförd</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>Incomplete (%1 of %2 scored)</source>
            <translation>Ofullständig (%1 av %2 bedömda)</translation>
        </message>
        <message>
            <source>Scale not installed</source>
            <translation>Skalan är inte installerad</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Reviewers</source>
            <translation>Bedömare</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Fidelity band</source>
            <translation>Nivå av programtrohet</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Go to criterion… (Ctrl+G)</source>
            <translation>Gå till kriterium … (Ctrl+G)</translation>
        </message>
        <message>
            <source>Go to criterion</source>
            <translation>Gå till kriterium</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Kriterier</translation>
        </message>
        <message>
            <source>● scored  ○ not scored  ▲▼ changed since last time</source>
            <translation>● bedömt  ○ ej bedömt  ▲▼ ändrat sedan sist</translation>
        </message>
        <message>
            <source>unsorted</source>
            <translation>osorterat</translation>
        </message>
        <message>
            <source>Unsorted notes</source>
            <translation>Osorterat</translation>
        </message>
    </context>
    <context>
        <name>NavigatorModel</name>
        <message>
            <source>Unsorted notes</source>
            <translation>Osorterat</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation>Inte bedömt</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Poäng %1</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n anteckning</numerusform>
                <numerusform>%n anteckningar</numerusform>
            </translation>
        </message>
        <message>
            <source>Previous measurement: %1</source>
            <translation>Föregående mätning: %1</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
    </context>
    <context>
        <name>NewReviewDialog</name>
        <message>
            <source>New review</source>
            <translation>Ny mätning</translation>
        </message>
        <message>
            <source>New unit…</source>
            <translation>Ny verksamhet …</translation>
        </message>
        <message>
            <source>e.g. IPS Södermalm</source>
            <translation>t.ex. IPS Södermalm</translation>
        </message>
        <message>
            <source>e.g. Stockholms stad / Region Stockholm</source>
            <translation>t.ex. Stockholms stad / Region Stockholm</translation>
        </message>
        <message>
            <source>Lead reviewer</source>
            <translation>Ansvarig bedömare</translation>
        </message>
        <message>
            <source>Second reviewer (optional)</source>
            <translation>Andra bedömare (valfritt)</translation>
        </message>
        <message>
            <source>%1, edition %2</source>
            <translation>%1, utgåva %2</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Verksamhet:</translation>
        </message>
        <message>
            <source>&amp;Name of the new unit:</source>
            <translation>&amp;Namn på ny verksamhet:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Reviewer &amp;1:</source>
            <translation>Bedömare &amp;1:</translation>
        </message>
        <message>
            <source>Reviewer &amp;2:</source>
            <translation>Bedömare &amp;2:</translation>
        </message>
        <message>
            <source>Visit &amp;from:</source>
            <translation>Besök &amp;från:</translation>
        </message>
        <message>
            <source>Visit &amp;to:</source>
            <translation>Besök &amp;till:</translation>
        </message>
        <message>
            <source>&amp;Scale:</source>
            <translation>&amp;Skala:</translation>
        </message>
        <message>
            <source>Create review</source>
            <translation>Skapa mätning</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Give the new unit a name.</source>
            <translation>Ge den nya verksamheten ett namn.</translation>
        </message>
        <message>
            <source>Enter at least one reviewer.</source>
            <translation>Ange minst en bedömare.</translation>
        </message>
        <message>
            <source>The two reviewers have the same name.</source>
            <translation>De två bedömarna har samma namn.</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <source>(empty note)</source>
            <translation>(tom anteckning)</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>New note</source>
            <translation>Ny anteckning</translation>
        </message>
        <message>
            <source>Add a note to this criterion (Ctrl+N)</source>
            <translation>Lägg till en anteckning för kriteriet (Ctrl+N)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>No notes yet. Ctrl+N adds one.</source>
            <translation>Inga anteckningar ännu. Ctrl+N lägger till en.</translation>
        </message>
        <message>
            <source>What was said, read or seen…</source>
            <translation>Vad som sades, lästes eller sågs …</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Anteckningens text</translation>
        </message>
        <message>
            <source>No source</source>
            <translation>Ingen källa</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Who or what it came from</source>
            <translation>Vem eller vad uppgiften kommer från</translation>
        </message>
        <message>
            <source>Informant</source>
            <translation>Uppgiftslämnare</translation>
        </message>
        <message>
            <source>Unsorted</source>
            <translation>Osorterat</translation>
        </message>
        <message>
            <source>Move to criterion</source>
            <translation>Flytta till kriterium</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Delete the note (Delete in the list); it can be undone</source>
            <translation>Ta bort anteckningen (Delete i listan); det går att ångra</translation>
        </message>
        <message>
            <source>The note was deleted.</source>
            <translation>Anteckningen togs bort.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <source>Bring the note back (Ctrl+Z)</source>
            <translation>Ta tillbaka anteckningen (Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Källa:</translation>
        </message>
        <message>
            <source>&amp;Informant:</source>
            <translation>&amp;Uppgiftslämnare:</translation>
        </message>
        <message>
            <source>&amp;Criterion:</source>
            <translation>&amp;Kriterium:</translation>
        </message>
        <message>
            <source>Notes (%1)</source>
            <translation>Anteckningar (%1)</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>All units</source>
            <translation>Alla verksamheter</translation>
        </message>
        <message>
            <source>Show history</source>
            <translation>Visa historik</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportera CSV …</translation>
        </message>
        <message>
            <source>Units and reviews</source>
            <translation>Verksamheter och mätningar</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Fidelity band</source>
            <translation>Nivå av programtrohet</translation>
        </message>
        <message>
            <source>Year of the last measurement</source>
            <translation>År för senaste mätningen</translation>
        </message>
        <message numerus="yes">
            <source>Only overdue follow-ups (more than %n month(s))</source>
            <translation>
                <numerusform>Bara försenade uppföljningar (mer än %n månad)</numerusform>
                <numerusform>Bara försenade uppföljningar (mer än %n månader)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Band:</source>
            <translation>&amp;Nivå:</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <source>Enter shows the selected unit's history · click a column title to sort</source>
            <translation>Enter visar vald verksamhets historik · klicka på en kolumnrubrik för att sortera</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>Alla organisationer</translation>
        </message>
        <message>
            <source>All bands</source>
            <translation>Alla nivåer</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Alla år</translation>
        </message>
        <message>
            <source>%1 of %2 units shown · %3 overdue</source>
            <translation>%1 av %2 verksamheter visas · %3 försenade</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>Include the evidence notes as an appendix (they may hold personal data)</source>
            <translation>Ta med anteckningarna som bilaga (de kan innehålla personuppgifter)</translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n note(s) contain a Swedish personal identity number, which would be printed in the report.</source>
            <translation>
                <numerusform>Varning: %n anteckning innehåller ett personnummer, som då skrivs ut i rapporten.</numerusform>
                <numerusform>Varning: %n anteckningar innehåller personnummer, som då skrivs ut i rapporten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Spara PDF</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Spara PDF-filen som</translation>
        </message>
    </context>
    <context>
        <name>PdfExporter</name>
        <message>
            <source>IPS report</source>
            <translation>IPS-rapport</translation>
        </message>
        <message>
            <source>Export the report as PDF</source>
            <translation>Exportera rapporten som PDF</translation>
        </message>
        <message>
            <source>Scoring form</source>
            <translation>Bedömningsformulär</translation>
        </message>
        <message>
            <source>Blank scoring form as PDF</source>
            <translation>Tomt bedömningsformulär som PDF</translation>
        </message>
        <message>
            <source>The PDF could not be saved</source>
            <translation>PDF-filen kunde inte sparas</translation>
        </message>
        <message>
            <source>The PDF is saved</source>
            <translation>PDF-filen är sparad</translation>
        </message>
    </context>
    <context>
        <name>PersonalNumberStrip</name>
        <message>
            <source>The note contains a personal identity number.</source>
            <translation>Anteckningen innehåller ett personnummer.</translation>
        </message>
        <message>
            <source>Mask</source>
            <translation>Maskera</translation>
        </message>
        <message>
            <source>Replace the last four digits with XXXX</source>
            <translation>Ersätt de fyra sista siffrorna med XXXX</translation>
        </message>
    </context>
    <context>
        <name>QuickCapture</name>
        <message>
            <source>&amp;Quick note:</source>
            <translation>S&amp;nabbanteckning:</translation>
        </message>
        <message>
            <source>Type and press Enter – goes to Unsorted notes (Ctrl+K)</source>
            <translation>Skriv och tryck Enter – hamnar under Osorterat (Ctrl+K)</translation>
        </message>
        <message>
            <source>Quick note</source>
            <translation>Snabbanteckning</translation>
        </message>
        <message>
            <source>Saved in Unsorted notes</source>
            <translation>Sparad under Osorterat</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatusBar</name>
        <message>
            <source>Scoring as</source>
            <translation>Poängsätter som</translation>
        </message>
        <message>
            <source>Whose scores you enter: a reviewer's own, or the agreed consensus</source>
            <translation>Vems poäng du för in: en bedömares egna eller den gemensamma konsensusen</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Konsensus</translation>
        </message>
        <message>
            <source>Scoring as:</source>
            <translation>Poängsätter som:</translation>
        </message>
        <message>
            <source>Result (consensus):</source>
            <translation>Resultat (konsensus):</translation>
        </message>
        <message>
            <source>Report (PDF)…</source>
            <translation>Rapport (PDF) …</translation>
        </message>
        <message>
            <source>Export the report as PDF (Ctrl+E)</source>
            <translation>Exportera rapporten som PDF (Ctrl+E)</translation>
        </message>
        <message>
            <source>Reviewers: %1</source>
            <translation>Bedömare: %1</translation>
        </message>
        <message>
            <source>%1's own scores:</source>
            <translation>%1s egna poäng:</translation>
        </message>
        <message>
            <source>Consensus:</source>
            <translation>Konsensus:</translation>
        </message>
        <message>
            <source>%1/%2 scored</source>
            <translation>%1/%2 bedömda</translation>
        </message>
        <message>
            <source>%1/%2 points</source>
            <translation>%1/%2 poäng</translation>
        </message>
        <message numerus="yes">
            <source>Incomplete – %n criteria missing</source>
            <translation>
                <numerusform>Ofullständig – %n kriterium saknas</numerusform>
                <numerusform>Ofullständig – %n kriterier saknas</numerusform>
            </translation>
        </message>
        <message>
            <source>Not scored yet:</source>
            <translation>Saknar poäng:</translation>
        </message>
        <message>
            <source>No consensus score yet:</source>
            <translation>Ingen konsensuspoäng ännu:</translation>
        </message>
        <message>
            <source>NOT saved</source>
            <translation>INTE sparat</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Sparar …</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Sparat %1</translation>
        </message>
        <message>
            <source>Everything you have entered is in the database.</source>
            <translation>Allt du har skrivit in finns i databasen.</translation>
        </message>
        <message>
            <source>No changes</source>
            <translation>Inga ändringar</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <source>This review is finished and read-only. Reopening it is logged.</source>
            <translation>Mätningen är slutförd och skrivskyddad. Att öppna den igen loggas.</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Öppna igen …</translation>
        </message>
        <message>
            <source>The database is open read-only: nothing can be changed.</source>
            <translation>Databasen är öppnad skrivskyddad: inget kan ändras.</translation>
        </message>
    </context>
    <context>
        <name>ReviewsModel</name>
        <message numerus="yes">
            <source>%n review(s)</source>
            <translation>
                <numerusform>%n mätning</numerusform>
                <numerusform>%n mätningar</numerusform>
            </translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Slutförd</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>Incomplete (%1 of %2 scored)</source>
            <translation>Ofullständig (%1 av %2 bedömda)</translation>
        </message>
        <message>
            <source>Unit / visit</source>
            <translation>Verksamhet / besök</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Fidelity band</source>
            <translation>Nivå av programtrohet</translation>
        </message>
    </context>
    <context>
        <name>SaveFile</name>
        <message>
            <source>Open the file</source>
            <translation>Öppna filen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>SavePathField</name>
        <message>
            <source>Browse…</source>
            <translation>Bläddra …</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>The database is open read-only.</source>
            <translation>Databasen är öppnad skrivskyddad.</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>Interview</source>
            <translation>Intervju</translation>
        </message>
        <message>
            <source>Documents/records</source>
            <translation>Dokument/journaler</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Statistics/management information</source>
            <translation>Statistik/verksamhetsdata</translation>
        </message>
        <message>
            <source>Individual plans</source>
            <translation>Individuella planer</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The database cannot be opened</source>
            <translation>Databasen kan inte öppnas</translation>
        </message>
        <message>
            <source>The database is read-only</source>
            <translation>Databasen är skrivskyddad</translation>
        </message>
        <message>
            <source>The database can only be read, not changed. It is opened read-only; nothing you do now is saved.</source>
            <translation>Databasen kan bara läsas, inte ändras. Den öppnas skrivskyddad; inget du gör nu sparas.</translation>
        </message>
        <message>
            <source>The database is from a newer version</source>
            <translation>Databasen är från en nyare version</translation>
        </message>
        <message>
            <source>The database is already in use</source>
            <translation>Databasen används redan</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Öppna skrivskyddat</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <source>The database %1 is missing, but there are backups of it.</source>
            <translation>Databasen %1 saknas, men det finns säkerhetskopior av den.</translation>
        </message>
        <message>
            <source>Start with an empty database</source>
            <translation>Börja med en tom databas</translation>
        </message>
        <message>
            <source>Restore the newest backup</source>
            <translation>Återställ den senaste säkerhetskopian</translation>
        </message>
        <message>
            <source>The database is missing</source>
            <translation>Databasen saknas</translation>
        </message>
        <message>
            <source>The database file is damaged and cannot be used. It has been moved aside, not deleted:
%1</source>
            <translation>Databasfilen är skadad och kan inte användas. Den har flyttats undan, inte raderats:
%1</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>Databasen är skadad</translation>
        </message>
        <message>
            <source>The backup could not be restored</source>
            <translation>Säkerhetskopian kunde inte återställas</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>TotalChart</name>
        <message>
            <source>Total over time</source>
            <translation>Totalpoäng över tid</translation>
        </message>
        <message>
            <source>No measurements yet</source>
            <translation>Inga mätningar ännu</translation>
        </message>
    </context>
    <context>
        <name>UnitHistoryPage</name>
        <message>
            <source>Compare…</source>
            <translation>Jämför …</translation>
        </message>
        <message>
            <source>Compare the two selected measurements (or the two latest)</source>
            <translation>Jämför de två markerade mätningarna (eller de två senaste)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportera CSV …</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Alla verksamheter</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Mätningar</translation>
        </message>
        <message>
            <source>Scores per criterion and measurement</source>
            <translation>Poäng per kriterium och mätning</translation>
        </message>
        <message>
            <source>Scores per criterion (1 red … 5 green), with section subtotals</source>
            <translation>Poäng per kriterium (1 röd … 5 grön), med delsummor per avsnitt</translation>
        </message>
        <message>
            <source>Enter opens the selected measurement · select two rows to compare them</source>
            <translation>Enter öppnar vald mätning · markera två rader för att jämföra dem</translation>
        </message>
        <message>
            <source>History: %1</source>
            <translation>Historik: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n mätning</numerusform>
                <numerusform>%n mätningar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnitsModel</name>
        <message>
            <source>No finished measurement</source>
            <translation>Ingen avslutad mätning</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n månad</numerusform>
                <numerusform>%n månader</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 – follow-up due</source>
            <translation>%1 – dags för uppföljning</translation>
        </message>
        <message numerus="yes">
            <source>More than %n month(s) since the last measurement</source>
            <translation>
                <numerusform>Mer än %n månad sedan senaste mätningen</numerusform>
                <numerusform>Mer än %n månader sedan senaste mätningen</numerusform>
            </translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Verksamhet</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Last measurement</source>
            <translation>Senaste mätning</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Fidelity band</source>
            <translation>Nivå av programtrohet</translation>
        </message>
        <message>
            <source>Time since</source>
            <translation>Tid sedan</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Mätningar</translation>
        </message>
    </context>
    <context>
        <name>UnsortedPage</name>
        <message>
            <source>Unsorted notes</source>
            <translation>Osorterat</translation>
        </message>
        <message>
            <source>Notes taken with the quick note line land here. Pick a criterion for a note to sort it.</source>
            <translation>Hit kommer anteckningar från snabbanteckningsraden. Välj kriterium för en anteckning för att sortera in den.</translation>
        </message>
    </context>
</TS>
