<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AhpCalculator</name>
    <message>
        <source>the matrix is empty</source>
        <translation>die Matrix ist leer</translation>
    </message>
    <message>
        <source>at most 15 items can be compared, not %1</source>
        <translation>höchstens 15 Elemente können verglichen werden, nicht %1</translation>
    </message>
    <message>
        <source>row %1 has %2 values; the matrix must be %3 × %3</source>
        <translation>Zeile %1 hat %2 Werte; die Matrix muss %3 × %3 groß sein</translation>
    </message>
    <message>
        <source>%1 is not a positive number</source>
        <translation>%1 ist keine positive Zahl</translation>
    </message>
    <message>
        <source>the diagonal must be 1, not %1</source>
        <translation>die Diagonale muss 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 is not the reciprocal of %2 (expected %3)</source>
        <translation>%1 ist nicht der Kehrwert von %2 (erwartet: %3)</translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos;</source>
        <translation>unbekanntes Element &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an item cannot be compared with itself</source>
        <translation>ein Element kann nicht mit sich selbst verglichen werden</translation>
    </message>
    <message>
        <source>judgment %1 is outside Saaty&apos;s scale 1/9–9</source>
        <translation>Urteil %1 liegt außerhalb der Saaty-Skala 1/9–9</translation>
    </message>
    <message>
        <source>no judgment compares &apos;%1&apos; with &apos;%2&apos;</source>
        <translation>kein Urteil vergleicht &apos;%1&apos; mit &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>AssessmentJson</name>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; ist kein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected a built-in framework key or a framework object</source>
        <translation>Schlüssel eines integrierten Bewertungsrahmens oder Bewertungsrahmen-Objekt erwartet</translation>
    </message>
    <message>
        <source>unknown aggregation &apos;%1&apos; (expected median or mean)</source>
        <translation>unbekannte Aggregation &apos;%1&apos; (erwartet: median oder mean)</translation>
    </message>
    <message>
        <source>expected a number 1–7 or null</source>
        <translation>Zahl 1–7 oder null erwartet</translation>
    </message>
    <message>
        <source>unknown commitment &apos;%1&apos; (expected exploring, planned or committed)</source>
        <translation>unbekannte Verbindlichkeit &apos;%1&apos; (erwartet: exploring, planned oder committed)</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (expected invest, maintain or divest)</source>
        <translation>unbekannte Ausrichtung &apos;%1&apos; (erwartet: invest, maintain oder divest)</translation>
    </message>
    <message>
        <source>rating %1 is not a whole number 1–5</source>
        <translation>Einstufung %1 ist keine ganze Zahl von 1–5</translation>
    </message>
    <message>
        <source>rating %1 is outside 1–5</source>
        <translation>Einstufung %1 liegt außerhalb von 1–5</translation>
    </message>
    <message>
        <source>expected a rating 1–5, &quot;n/a&quot; or null</source>
        <translation>Einstufung 1–5, &quot;n/a&quot; oder null erwartet</translation>
    </message>
</context>
<context>
    <name>AssessmentScorer</name>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <source>%1 is %2, knock-out when %3 %4</source>
        <translation>%1 ist %2, K.-o. bei %3 %4</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Nicht empfohlen</translation>
    </message>
</context>
<context>
    <name>AssessmentValidator</name>
    <message>
        <source>a rating needs an assessor</source>
        <translation>eine Einstufung braucht einen Bewerter</translation>
    </message>
    <message>
        <source>rating %1 is outside 1–5</source>
        <translation>Einstufung %1 liegt außerhalb von 1–5</translation>
    </message>
    <message>
        <source>assessor &apos;%1&apos; already rated &apos;%2&apos; at $.ratings[%3]</source>
        <translation>Bewerter &apos;%1&apos; hat &apos;%2&apos; bereits unter $.ratings[%3] eingestuft</translation>
    </message>
    <message>
        <source>consensus value %1 is outside 1–5</source>
        <translation>Konsenswert %1 liegt außerhalb von 1–5</translation>
    </message>
    <message>
        <source>a second consensus for &apos;%1&apos;</source>
        <translation>ein zweiter Konsens für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown culture axis &apos;%1&apos;</source>
        <translation>unbekannte Kulturachse &apos;%1&apos;</translation>
    </message>
    <message>
        <source>culture value %1 is outside 1–7</source>
        <translation>Kulturwert %1 liegt außerhalb von 1–7</translation>
    </message>
    <message>
        <source>a roadmap item needs a theme</source>
        <translation>Ein Roadmap-Eintrag braucht ein Thema</translation>
    </message>
    <message>
        <source>last year %1 is before first year %2</source>
        <translation>letztes Jahr %1 liegt vor dem ersten Jahr %2</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; is computed by a model and cannot be rated</source>
        <translation>Kriterium &apos;%1&apos; wird von einem Modell berechnet und kann nicht eingestuft werden</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos;</source>
        <translation>unbekanntes Kriterium &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>FrameworkJson</name>
    <message>
        <source>unknown built-in framework &apos;%1&apos;</source>
        <translation>unbekannter integrierter Bewertungsrahmen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the built-in framework &apos;%1&apos; is missing from this build</source>
        <translation>der integrierte Bewertungsrahmen &apos;%1&apos; fehlt in diesem Build</translation>
    </message>
    <message>
        <source>a key must not be empty</source>
        <translation>ein Schlüssel darf nicht leer sein</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>doppelter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>weight %1 must be greater than 0</source>
        <translation>Gewichtung %1 muss größer als 0 sein</translation>
    </message>
    <message>
        <source>expected five anchor texts (levels 1 to 5), found %1</source>
        <translation>fünf Ankertexte (Stufen 1 bis 5) erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>an anchor must be a non-empty text</source>
        <translation>ein Ankertext darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <source>a framework needs at least one dimension</source>
        <translation>ein Bewertungsrahmen braucht mindestens eine Dimension</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>unbekannte Dimension &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (expected culture, mutual_gain or roadmap)</source>
        <translation>unbekanntes Modell &apos;%1&apos; (erwartet: culture, mutual_gain oder roadmap)</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; already computes another criterion</source>
        <translation>Modell &apos;%1&apos; berechnet bereits ein anderes Kriterium</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected rated or computed)</source>
        <translation>unbekannte Art &apos;%1&apos; (erwartet: rated oder computed)</translation>
    </message>
    <message>
        <source>unknown side &apos;%1&apos; (expected us or partner)</source>
        <translation>unbekannte Seite &apos;%1&apos; (erwartet: us oder partner)</translation>
    </message>
    <message>
        <source>tolerance %1 is outside 0–6</source>
        <translation>Toleranz %1 liegt außerhalb von 0–6</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos;</source>
        <translation>unbekanntes Kriterium &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown comparison &apos;%1&apos; (expected below, at_most or equal)</source>
        <translation>unbekannter Vergleich &apos;%1&apos; (erwartet: below, at_most oder equal)</translation>
    </message>
    <message>
        <source>a computed criterion has no rating; use the score scale</source>
        <translation>ein berechnetes Kriterium hat keine Einstufung; verwenden Sie die Punkteskala</translation>
    </message>
    <message>
        <source>unknown scale &apos;%1&apos; (expected score or rating)</source>
        <translation>unbekannte Skala &apos;%1&apos; (erwartet: score oder rating)</translation>
    </message>
    <message>
        <source>a framework needs at least one band</source>
        <translation>ein Bewertungsrahmen braucht mindestens eine Stufe</translation>
    </message>
    <message>
        <source>bands must be listed from the highest minimum to the lowest</source>
        <translation>Stufen müssen vom höchsten zum niedrigsten Mindestwert aufgeführt sein</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>missing text</source>
        <translation>Text fehlt</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>missing number</source>
        <translation>Zahl fehlt</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a whole number, not %1</source>
        <translation>ganze Zahl erwartet, nicht %1</translation>
    </message>
    <message>
        <source>missing list</source>
        <translation>Liste fehlt</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>missing object</source>
        <translation>Objekt fehlt</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot; erwartet, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unsupported version %1 (this build reads version %2)</source>
        <translation>nicht unterstützte Version %1 (dieser Build liest Version %2)</translation>
    </message>
</context>
<context>
    <name>PairwiseJson</name>
    <message>
        <source>expected an item key</source>
        <translation>Elementschlüssel erwartet</translation>
    </message>
    <message>
        <source>duplicate item &apos;%1&apos;</source>
        <translation>doppeltes Element &apos;%1&apos;</translation>
    </message>
    <message>
        <source>compare at least two items</source>
        <translation>vergleichen Sie mindestens zwei Elemente</translation>
    </message>
    <message>
        <source>give either &quot;matrix&quot; or &quot;judgments&quot;</source>
        <translation>geben Sie entweder &quot;matrix&quot; oder &quot;judgments&quot; an</translation>
    </message>
    <message>
        <source>expected a row of numbers</source>
        <translation>Zeile mit Zahlen erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>%1 rows for %2 items</source>
        <translation>%1 Zeilen für %2 Elemente</translation>
    </message>
</context>
<context>
    <name>RecommendationRules</name>
    <message>
        <source>Lesson 1 – choose the people, not just the technology: culture similarity is %1 (below %2). Meet the partner&apos;s leadership and agree how decisions, risk and communication will work before committing.</source>
        <translation>Lektion 1 – Wählen Sie die Menschen, nicht nur die Technologie: Die Kulturähnlichkeit beträgt %1 (unter %2). Treffen Sie die Führung des Partners und vereinbaren Sie, wie Entscheidungen, Risiken und Kommunikation gehandhabt werden, bevor Sie sich festlegen.</translation>
    </message>
    <message>
        <source>Lesson 1 – choose the people, not just the technology: leadership commitment is rated %1 (2 or less). Secure a named executive sponsor with budget before investing further.</source>
        <translation>Lektion 1 – Wählen Sie die Menschen, nicht nur die Technologie: Das Engagement der Führung ist mit %1 eingestuft (2 oder weniger). Sichern Sie sich einen namentlich benannten Sponsor aus der Geschäftsleitung mit Budget, bevor Sie weiter investieren.</translation>
    </message>
    <message>
        <source>Lesson 2 – have a framework and work to it: agreed success metrics are rated %1 (2 or less). Agree measurable goals and a review cadence so success or failure shows early.</source>
        <translation>Lektion 2 – Schaffen Sie einen Rahmen und arbeiten Sie danach: Vereinbarte Erfolgskennzahlen sind mit %1 eingestuft (2 oder weniger). Vereinbaren Sie messbare Ziele und einen Überprüfungsrhythmus, damit Erfolg oder Misserfolg früh sichtbar wird.</translation>
    </message>
    <message>
        <source>Lesson 3 – sign contracts but never look at them again: relationship over contract is rated %1 (2 or less). A partnership policed through its clauses is failing; rebuild shared risk and agenda or reconsider it.</source>
        <translation>Lektion 3 – Unterschreiben Sie Verträge, aber sehen Sie sie nie wieder an: Beziehung vor Vertrag ist mit %1 eingestuft (2 oder weniger). Eine Partnerschaft, die über ihre Vertragsklauseln kontrolliert wird, scheitert; bauen Sie gemeinsames Risiko und gemeinsame Ziele wieder auf oder überdenken Sie die Partnerschaft.</translation>
    </message>
    <message>
        <source>Lesson 4 – understand your partner&apos;s roadmap: far-horizon roadmap alignment is %1 (below %2). Expect a short-term partnership with limited returns.</source>
        <translation>Lektion 4 – Verstehen Sie die Roadmap Ihres Partners: Die Roadmap-Übereinstimmung im fernen Horizont beträgt %1 (unter %2). Rechnen Sie mit einer kurzfristigen Partnerschaft mit begrenztem Ertrag.</translation>
    </message>
    <message>
        <source>Lesson 5 – make your partner successful: value to the partner is %1 and the balance of gains is %2 (thresholds %3 and %4). Plan enablement so the partner succeeds; that brings the larger long-term return.</source>
        <translation>Lektion 5 – Machen Sie Ihren Partner erfolgreich: Der Nutzen für den Partner beträgt %1 und die Ausgewogenheit des Nutzens %2 (Schwellenwerte %3 und %4). Planen Sie Befähigungsmaßnahmen, damit der Partner erfolgreich ist; das bringt langfristig den größeren Ertrag.</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>ScoreResultText</name>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 v%4)
</source>
        <translation>%1 — %2 (%3 v%4)
</translation>
    </message>
    <message>
        <source>Verdict:    %1
</source>
        <translation>Urteil:          %1
</translation>
    </message>
    <message>
        <source>Overall:    %1
</source>
        <translation>Gesamtwert:      %1
</translation>
    </message>
    <message>
        <source>Confidence: %1 (coverage %2%)
</source>
        <translation>Verlässlichkeit: %1 (Abdeckung %2 %)
</translation>
    </message>
    <message>
        <source>
Pillars
</source>
        <translation>
Säulen
</translation>
    </message>
    <message>
        <source>  Cultural fit       similarity %1
</source>
        <translation>  Kulturelle Passung       Ähnlichkeit %1
</translation>
    </message>
    <message>
        <source>  Mutual gain        index %1 (us %2, partner %3, %4)
</source>
        <translation>  Gegenseitiger Nutzen     Index %1 (uns %2, Partner %3, %4)
</translation>
    </message>
    <message>
        <source>  Roadmap alignment  direction %1 (near %2, far %3, %4)
</source>
        <translation>  Roadmap-Übereinstimmung  Richtung %1 (nah %2, fern %3, %4)
</translation>
    </message>
    <message>
        <source>
Dimensions
</source>
        <translation>
Dimensionen
</translation>
    </message>
    <message>
        <source>
Knock-outs
</source>
        <translation>
K.-o.-Kriterien
</translation>
    </message>
    <message>
        <source>
To discuss (assessors differ by 2 points or more)
</source>
        <translation>
Diskussionsbedarf (Bewerter weichen um 2 Punkte oder mehr ab)
</translation>
    </message>
    <message>
        <source>
Recommendations
</source>
        <translation>
Empfehlungen
</translation>
    </message>
</context>
<context>
    <name>SensitivityReport</name>
    <message>
        <source>
Sensitivity (each dimension weight ×0.8 … ×1.2)
</source>
        <translation>
Sensitivität (jede Dimensionsgewichtung ×0,8 … ×1,2)
</translation>
    </message>
    <message>
        <source>Band probabilities (%1 Dirichlet weight draws, concentration %2, seed %3)
</source>
        <translation>Stufenwahrscheinlichkeiten (%1 Dirichlet-Stichproben der Gewichtungen, Konzentration %2, Seed %3)
</translation>
    </message>
    <message>
        <source>Smallest band flip: %1 weight %2 → %3 (%4%) gives %5
</source>
        <translation>Kleinster Stufenwechsel: %1 Gewichtung %2 → %3 (%4 %) ergibt %5
</translation>
    </message>
    <message>
        <source>Smallest band flip: no single dimension weight changes the band
</source>
        <translation>Kleinster Stufenwechsel: Keine einzelne Dimensionsgewichtung ändert die Stufe
</translation>
    </message>
    <message>
        <source>  (the weight would have to grow %1 times: the band does not hinge on the weights)
</source>
        <translation>  (das Gewicht müsste auf das %1-Fache wachsen: das Band hängt nicht an den Gewichten)
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PartnerFit: assess prospective and active business partners.</source>
        <translation>PartnerFit: mögliche und aktive Geschäftspartner bewerten.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: %1).</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
</context>
<context>
    <name>pf::core::AssessmentRepository</name>
    <message>
        <source>A rating needs a criterion and an assessor.</source>
        <translation>Eine Einstufung braucht ein Kriterium und einen Bewerter.</translation>
    </message>
    <message>
        <source>The rating of %1 by %2 must be 1 to 5, not %3.</source>
        <translation>Die Einstufung von %1 durch %2 muss zwischen 1 und 5 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>save a rating</source>
        <translation>Speichern einer Einstufung</translation>
    </message>
    <message>
        <source>save the assessment</source>
        <translation>Speichern der Bewertung</translation>
    </message>
    <message>
        <source>An assessment needs a date.</source>
        <translation>Eine Bewertung braucht ein Datum.</translation>
    </message>
    <message>
        <source>create the assessment</source>
        <translation>Anlegen der Bewertung</translation>
    </message>
    <message>
        <source>import an assessment</source>
        <translation>Import einer Bewertung</translation>
    </message>
    <message>
        <source>store the score</source>
        <translation>Speichern der Punktzahl</translation>
    </message>
    <message>
        <source>list the assessments</source>
        <translation>Auflisten der Bewertungen</translation>
    </message>
    <message>
        <source>read the assessment</source>
        <translation>Lesen der Bewertung</translation>
    </message>
    <message>
        <source>The assessment does not exist; it may have been deleted.</source>
        <translation>Die Bewertung existiert nicht; sie wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>read the ratings</source>
        <translation>Lesen der Einstufungen</translation>
    </message>
    <message>
        <source>read the consensus</source>
        <translation>Lesen des Konsenses</translation>
    </message>
    <message>
        <source>This assessment is finalised and cannot change. Make a new version of it to record changes.</source>
        <translation>Diese Bewertung ist abgeschlossen und kann nicht mehr geändert werden. Legen Sie eine neue Version an, um Änderungen zu erfassen.</translation>
    </message>
    <message>
        <source>The assessment was changed elsewhere (in another window or by a colleague) since you opened it. Reload it to see the other changes, then make yours again.</source>
        <translation>Die Bewertung wurde seit dem Öffnen an anderer Stelle geändert (in einem anderen Fenster oder von einer anderen Person). Laden Sie sie neu, um die anderen Änderungen zu sehen, und nehmen Sie Ihre Änderungen dann erneut vor.</translation>
    </message>
    <message>
        <source>A consensus value must be between 1 and 5 (%1).</source>
        <translation>Ein Konsenswert muss zwischen 1 und 5 liegen (%1).</translation>
    </message>
    <message>
        <source>save the consensus</source>
        <translation>Speichern des Konsenses</translation>
    </message>
    <message>
        <source>finalise the assessment</source>
        <translation>Abschließen der Bewertung</translation>
    </message>
    <message>
        <source>freeze the framework</source>
        <translation>Festschreiben des Bewertungsrahmens</translation>
    </message>
    <message>
        <source>Only the current finalised version can be revised; this one was revised or changed elsewhere. Reload the assessment.</source>
        <translation>Nur die aktuelle abgeschlossene Version kann überarbeitet werden; diese wurde an anderer Stelle überarbeitet oder geändert. Laden Sie die Bewertung neu.</translation>
    </message>
    <message>
        <source>revise the assessment</source>
        <translation>Überarbeiten der Bewertung</translation>
    </message>
    <message>
        <source>set the next due date</source>
        <translation>Festlegen des nächsten Fälligkeitsdatums</translation>
    </message>
    <message>
        <source>delete the draft</source>
        <translation>Löschen des Entwurfs</translation>
    </message>
    <message>
        <source>The draft was changed, finalised or deleted elsewhere. Reload it.</source>
        <translation>Der Entwurf wurde an anderer Stelle geändert, abgeschlossen oder gelöscht. Laden Sie ihn neu.</translation>
    </message>
</context>
<context>
    <name>pf::core::AuditLog</name>
    <message>
        <source>read the audit log</source>
        <translation>Lesen des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>import the audit log</source>
        <translation>Import des Änderungsprotokolls</translation>
    </message>
</context>
<context>
    <name>pf::core::FrameworkRepository</name>
    <message>
        <source>read the frameworks</source>
        <translation>Lesen der Bewertungsrahmen</translation>
    </message>
    <message>
        <source>read a framework</source>
        <translation>Lesen eines Bewertungsrahmens</translation>
    </message>
    <message>
        <source>The framework does not exist.</source>
        <translation>Der Bewertungsrahmen existiert nicht.</translation>
    </message>
    <message>
        <source>The framework %1 version %2 is not in this workspace.</source>
        <translation>Der Bewertungsrahmen %1 Version %2 ist nicht in diesem Arbeitsbereich enthalten.</translation>
    </message>
    <message>
        <source>The workspace already has a different framework %1 version %2. Give the edited framework a new version number.</source>
        <translation>Der Arbeitsbereich enthält bereits einen anderen Bewertungsrahmen %1 Version %2. Geben Sie dem bearbeiteten Bewertungsrahmen eine neue Versionsnummer.</translation>
    </message>
    <message>
        <source>A framework needs a key and a version.</source>
        <translation>Ein Bewertungsrahmen braucht einen Schlüssel und eine Version.</translation>
    </message>
    <message>
        <source>add the framework %1</source>
        <translation>Hinzufügen des Bewertungsrahmens %1</translation>
    </message>
    <message>
        <source>save the framework</source>
        <translation>Speichern des Bewertungsrahmens</translation>
    </message>
    <message>
        <source>This framework version is used by a finalised assessment and can no longer change. Copy it to a new version and edit that.</source>
        <translation>Diese Version des Bewertungsrahmens wird von einer abgeschlossenen Bewertung verwendet und kann nicht mehr geändert werden. Kopieren Sie sie in eine neue Version und bearbeiten Sie diese.</translation>
    </message>
    <message>
        <source>freeze the framework</source>
        <translation>Festschreiben des Bewertungsrahmens</translation>
    </message>
</context>
<context>
    <name>pf::core::HomeProfileRepository</name>
    <message>
        <source>read the home profile</source>
        <translation>Lesen des eigenen Profils</translation>
    </message>
    <message>
        <source>The roadmap item &quot;%1&quot; ends before it starts.</source>
        <translation>Der Roadmap-Eintrag „%1“ endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>save the home profile</source>
        <translation>Speichern des eigenen Profils</translation>
    </message>
    <message>
        <source>add the theme %1</source>
        <translation>Hinzufügen des Themas %1</translation>
    </message>
</context>
<context>
    <name>pf::core::PartnerRepository</name>
    <message>
        <source>A partner needs a name.</source>
        <translation>Ein Partner braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner stage; use one of: %2.</source>
        <translation>„%1“ ist keine Partnerphase; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>The roadmap item &quot;%1&quot; of %2 ends (%3) before it starts (%4).</source>
        <translation>Der Roadmap-Eintrag „%1“ von %2 endet (%3), bevor er beginnt (%4).</translation>
    </message>
    <message>
        <source>read the partners</source>
        <translation>Lesen der Partner</translation>
    </message>
    <message>
        <source>The partner no longer exists; it may have been deleted elsewhere.</source>
        <translation>Der Partner existiert nicht mehr; er wurde möglicherweise an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <source>There is no partner named &quot;%1&quot; in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Partner namens „%1“.</translation>
    </message>
    <message>
        <source>save the partner %1</source>
        <translation>Speichern des Partners %1</translation>
    </message>
    <message>
        <source>add the partner %1</source>
        <translation>Hinzufügen des Partners %1</translation>
    </message>
    <message>
        <source>A partner named &quot;%1&quot; already exists.</source>
        <translation>Ein Partner namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere (in another window or by a colleague) since you opened it. Reload it to see the other changes, then make yours again.</source>
        <translation>%1 wurde seit dem Öffnen an anderer Stelle geändert (in einem anderen Fenster oder von einer anderen Person). Laden Sie neu, um die anderen Änderungen zu sehen, und nehmen Sie Ihre Änderungen dann erneut vor.</translation>
    </message>
    <message>
        <source>delete the partner</source>
        <translation>Löschen des Partners</translation>
    </message>
    <message>
        <source>This partner has assessments, which are kept for the record. Set its stage to &quot;exited&quot; instead of deleting it.</source>
        <translation>Für diesen Partner gibt es Bewertungen, die zur Dokumentation aufbewahrt werden. Setzen Sie seine Phase auf „Beendet“, statt ihn zu löschen.</translation>
    </message>
    <message>
        <source>The partner was changed or deleted elsewhere since you opened it. Reload and try again.</source>
        <translation>Der Partner wurde seit dem Öffnen an anderer Stelle geändert oder gelöscht. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>partners imported: %1, from %2</source>
        <translation>importierte Partner: %1, aus %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>pf::core::PersonRepository</name>
    <message>
        <source>read the assessors</source>
        <translation>Lesen der Bewerter</translation>
    </message>
    <message>
        <source>There is no assessor named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Bewerter namens „%1“.</translation>
    </message>
    <message>
        <source>An assessor needs a name.</source>
        <translation>Ein Bewerter braucht einen Namen.</translation>
    </message>
    <message>
        <source>add the assessor %1</source>
        <translation>Hinzufügen des Bewerters %1</translation>
    </message>
    <message>
        <source>An assessor named &quot;%1&quot; already exists.</source>
        <translation>Ein Bewerter namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>save the assessor %1</source>
        <translation>Speichern des Bewerters %1</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since you opened it. Reload and try again.</source>
        <translation>%1 wurde seit dem Öffnen an anderer Stelle geändert. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 has ratings in assessments (%2), which keep their assessor for the record. Rename them instead if the name is wrong.</source>
        <translation>%1 hat Einstufungen in Bewertungen (%2), die ihren Bewerter für die Nachvollziehbarkeit behalten. Benennen Sie die Person stattdessen um, wenn der Name falsch ist.</translation>
    </message>
    <message>
        <source>remove the assessor %1</source>
        <translation>den Bewerter %1 entfernen</translation>
    </message>
    <message>
        <source>%1 was changed or removed elsewhere since you opened the list. Reload and try again.</source>
        <translation>%1 wurde anderswo geändert oder entfernt, seit Sie die Liste geöffnet haben. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>pf::core::SampleWorkspace</name>
    <message>
        <source>Creating the sample workspace was cancelled.</source>
        <translation>Das Anlegen des Beispiel-Arbeitsbereichs wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>pf::core::Workspace</name>
    <message>
        <source>save a culture profile</source>
        <translation>Speichern eines Kulturprofils</translation>
    </message>
    <message>
        <source>save a roadmap</source>
        <translation>Speichern einer Roadmap</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Check the path, or create a new workspace there.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich. Prüfen Sie den Pfad oder legen Sie dort einen neuen Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a PartnerFit workspace file.</source>
        <translation>%1 ist ein Ordner, keine PartnerFit-Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The newest good backup is %1.</source>
        <translation>Die neueste fehlerfreie Sicherung ist %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The workspace needs an upgrade, but the backup made before upgrading failed, so nothing was changed: %1</source>
        <translation>Der Arbeitsbereich muss aktualisiert werden, aber die Sicherung vor der Aktualisierung ist fehlgeschlagen; daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>A backup from before the upgrade is at %1.</source>
        <translation>Eine Sicherung von vor der Aktualisierung liegt unter %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new workspace.</source>
        <translation>%1 existiert bereits. Öffnen Sie die Datei oder wählen Sie einen anderen Namen für den neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another folder.</source>
        <translation>Der Ordner %1 existiert nicht. Legen Sie ihn zuerst an oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the default workspace. Check the permissions of its parent folder.</source>
        <translation>Der Ordner %1 für den Standard-Arbeitsbereich kann nicht angelegt werden. Prüfen Sie die Berechtigungen des übergeordneten Ordners.</translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>record the change in the audit log</source>
        <translation>Protokollieren der Änderung im Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Could not %1: another program is changing the workspace. Try again in a moment.</source>
        <translation>%1 fehlgeschlagen: Ein anderes Programm ändert gerade den Arbeitsbereich. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1: the workspace is read-only. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Der Arbeitsbereich ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not %1: the workspace is damaged (%2). Restore it from a backup.</source>
        <translation>%1 fehlgeschlagen: Der Arbeitsbereich ist beschädigt (%2). Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not %1: %2. Nothing was changed.</source>
        <translation>%1 fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation>Speichern einer Einstellung</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>Beginnen einer Änderung</translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation>Die Änderung wurde bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The change was cancelled; nothing was saved.</source>
        <translation>Die Änderung wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
    <message>
        <source>%1 is on a network share (%2), where the file cannot be locked safely and could be damaged. Copy it to a folder on this computer and open it there.</source>
        <translation>%1 liegt auf einer Netzwerkfreigabe (%2), auf der die Datei nicht sicher gesperrt werden kann und beschädigt werden könnte. Kopieren Sie sie in einen Ordner auf diesem Computer und öffnen Sie sie dort.</translation>
    </message>
    <message>
        <source>%1 is in a read-only location, so changes could not be saved. Copy it to a folder you can write to and open it there.</source>
        <translation>%1 liegt an einem schreibgeschützten Ort, daher konnten Änderungen nicht gespeichert werden. Kopieren Sie die Datei in einen Ordner mit Schreibrechten und öffnen Sie sie dort.</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace for use: %1. Close other programs using it and try again.</source>
        <translation>Der Arbeitsbereich kann nicht vorbereitet werden: %1. Schließen Sie andere Programme, die ihn verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot switch the workspace to write-ahead logging; another program may be using it. Close it and try again.</source>
        <translation>Der Arbeitsbereich kann nicht auf Write-Ahead-Logging umgestellt werden; möglicherweise verwendet ihn ein anderes Programm. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot upgrade the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Upgrading the workspace to format %1 failed (%2); it was left as it was.</source>
        <translation>Die Aktualisierung des Arbeitsbereichs auf Format %1 ist fehlgeschlagen (%2); er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und ob Sie Leserechte haben.</translation>
    </message>
    <message>
        <source>%1 is not a PartnerFit workspace. Choose a .partnerfit file, or create a new workspace.</source>
        <translation>%1 ist kein PartnerFit-Arbeitsbereich. Wählen Sie eine .partnerfit-Datei oder legen Sie einen neuen Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close PartnerFit (or the other program using the file) elsewhere and try again.</source>
        <translation>%1 ist durch ein anderes Programm gesperrt. Schließen Sie PartnerFit (oder das andere Programm, das die Datei verwendet) an der anderen Stelle und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a PartnerFit workspace. Choose a .partnerfit file, or create a new workspace.</source>
        <translation>%1 ist eine Datenbank, aber kein PartnerFit-Arbeitsbereich. Wählen Sie eine .partnerfit-Datei oder legen Sie einen neuen Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer PartnerFit (workspace format %2; this version reads up to %3). Update PartnerFit to open it.</source>
        <translation>%1 wurde mit einer neueren PartnerFit-Version gespeichert (Arbeitsbereichsformat %2; diese Version liest bis %3). Aktualisieren Sie PartnerFit, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 ist beschädigt (%2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace check found problems: %1. Restore a backup if the data is wrong.</source>
        <translation>Die Prüfung des Arbeitsbereichs hat Probleme gefunden: %1. Stellen Sie eine Sicherung wieder her, wenn die Daten falsch sind.</translation>
    </message>
    <message>
        <source>The workspace check was cancelled.</source>
        <translation>Die Prüfung des Arbeitsbereichs wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>pf::core::WorkspaceBackup</name>
    <message>
        <source>Cannot create the backup folder %1. Check that there is space and that you may write there.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden. Prüfen Sie, ob genügend Speicherplatz vorhanden ist und ob Sie dort Schreibrechte haben.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name for the backup.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen für die Sicherung.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>write the backup %1</source>
        <translation>Schreiben der Sicherung %1</translation>
    </message>
    <message>
        <source>Cannot flush the backup %1 to disk.</source>
        <translation>Die Sicherung %1 kann nicht vollständig auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check and was discarded: %2</source>
        <translation>Die Sicherung %1 hat die Prüfung nicht bestanden und wurde verworfen: %2</translation>
    </message>
    <message>
        <source>Cannot rename the backup into place at %1.</source>
        <translation>Die Sicherung kann nicht unter ihrem endgültigen Namen %1 abgelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 aside before restoring.</source>
        <translation>%1 kann vor dem Wiederherstellen nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>%1 is still in use. Close PartnerFit everywhere it is open and restore again.</source>
        <translation>%1 wird noch verwendet. Schließen Sie PartnerFit überall, wo die Datei geöffnet ist, und starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous file is kept.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die bisherige Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the disk is full (free some space and restore again)</source>
        <translation>der Datenträger ist voll (schaffen Sie Platz und stellen Sie erneut wieder her)</translation>
    </message>
</context>
<context>
    <name>pf::core::WorkspaceScoring</name>
    <message>
        <source>The stored framework %1 version %2 cannot be read: %3</source>
        <translation>Der gespeicherte Bewertungsrahmen %1 Version %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The assessment cannot be finalised: %1</source>
        <translation>Die Bewertung kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>$.partner.name: the assessment does not name its partner.</source>
        <translation>$.partner.name: Die Bewertung nennt keinen Partner.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>The built-in framework cannot be read: %1</source>
        <translation>Der integrierte Bewertungsrahmen kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>assessment %1: %2</source>
        <translation>Bewertung %1: %2</translation>
    </message>
    <message>
        <source>assessment %1: the stored score (%2, %3) differs from a recomputation from its inputs (%4, %5)</source>
        <translation>Bewertung %1: der gespeicherte Wert (%2, %3) weicht von der Neuberechnung aus den Eingaben ab (%4, %5)</translation>
    </message>
</context>
<context>
    <name>pf::core::io::CsvDocument</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>pf::core::io::PartnerCsv</name>
    <message>
        <source>The first line must name the columns, including one called &quot;name&quot; (found: %1).</source>
        <translation>Die erste Zeile muss die Spalten benennen, darunter eine namens &quot;name&quot; (gefunden: %1).</translation>
    </message>
    <message>
        <source>has %1 fields but the header has %2.</source>
        <translation>hat %1 Felder, die Kopfzeile aber %2.</translation>
    </message>
    <message>
        <source>has no name.</source>
        <translation>hat keinen Namen.</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is not one of %2.</source>
        <translation>Phase &quot;%1&quot; ist keiner dieser Werte: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on line %2.</source>
        <translation>&quot;%1&quot; steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <source>a partner named &quot;%1&quot; is already in the workspace.</source>
        <translation>ein Partner namens &quot;%1&quot; ist bereits im Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>pf::core::io::WorkspaceJson</name>
    <message>
        <source>$.format: expected &quot;%1&quot;; this is not a PartnerFit workspace export.</source>
        <translation>$.format: &quot;%1&quot; erwartet; dies ist kein PartnerFit-Arbeitsbereichsexport.</translation>
    </message>
    <message>
        <source>$.version: this PartnerFit reads workspace exports of version %1; update PartnerFit to read version %2.</source>
        <translation>$.version: Diese PartnerFit-Version liest Arbeitsbereichsexporte der Version %1; aktualisieren Sie PartnerFit, um Version %2 zu lesen.</translation>
    </message>
    <message>
        <source>The workspace already has partners or assessments. Import a workspace export into a new, empty workspace.</source>
        <translation>Der Arbeitsbereich enthält bereits Partner oder Bewertungen. Importieren Sie einen Arbeitsbereichsexport in einen neuen, leeren Arbeitsbereich.</translation>
    </message>
    <message>
        <source>names no partner of this document</source>
        <translation>nennt keinen Partner dieses Dokuments</translation>
    </message>
    <message>
        <source>names no framework of this document</source>
        <translation>nennt keinen Bewertungsrahmen dieses Dokuments</translation>
    </message>
    <message>
        <source>must name an earlier assessment</source>
        <translation>muss eine frühere Bewertung nennen</translation>
    </message>
    <message>
        <source>kind, status or aggregation is not one PartnerFit knows</source>
        <translation>Art, Status oder Aggregation ist PartnerFit nicht bekannt</translation>
    </message>
    <message>
        <source>expected a date like 2026-11-26</source>
        <translation>Datum wie 2026-11-26 erwartet</translation>
    </message>
    <message>
        <source>%1 partners, %2 assessment versions</source>
        <translation>%1 Partner, %2 Bewertungsversionen</translation>
    </message>
    <message>
        <source>unknown commitment</source>
        <translation>unbekannte Verbindlichkeit</translation>
    </message>
    <message>
        <source>unknown stance</source>
        <translation>unbekannte Ausrichtung</translation>
    </message>
</context>
<context>
    <name>pf::ui::AboutDialog</name>
    <message>
        <source>About PartnerFit</source>
        <translation>Über PartnerFit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PartnerFit %1&lt;/h2&gt;&lt;p&gt;Decide which partners to commit to, and whether a partnership is still healthy.&lt;/p&gt;&lt;p&gt;%2Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The PartnerFit authors.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later (%5).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PartnerFit %1&lt;/h2&gt;&lt;p&gt;Entscheiden Sie, auf welche Partner Sie setzen und ob eine Partnerschaft noch gesund ist.&lt;/p&gt;&lt;p&gt;%2Erstellt mit Qt %3, läuft mit Qt %4.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Die PartnerFit-Autoren.&lt;br&gt;Lizenziert unter der GNU General Public License, Version 3 oder später (%5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Revision %1. </source>
        <translation>Revision %1. </translation>
    </message>
</context>
<context>
    <name>pf::ui::AddPartnerCommand</name>
    <message>
        <source>new partner %1</source>
        <translation>neuer Partner %1</translation>
    </message>
    <message>
        <source>Adding %1 could not be undone.</source>
        <translation>Das Hinzufügen von %1 konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Adding %1 could not be redone.</source>
        <translation>Das Hinzufügen von %1 konnte nicht wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>pf::ui::AddPersonCommand</name>
    <message>
        <source>new person %1</source>
        <translation>neue Person %1</translation>
    </message>
    <message>
        <source>Adding %1 could not be undone.</source>
        <translation>Das Hinzufügen von %1 konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Adding %1 could not be redone.</source>
        <translation>Das Hinzufügen von %1 konnte nicht wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>pf::ui::AssessmentEditor</name>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
</context>
<context>
    <name>pf::ui::AssessmentPage</name>
    <message>
        <source>Add &amp;Assessor…</source>
        <translation>Bewerter &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Rating as</source>
        <translation>Einstufen als</translation>
    </message>
    <message>
        <source>Rate as %1</source>
        <translation>Als %1 einstufen</translation>
    </message>
    <message>
        <source>Add yourself as an assessor of this partner</source>
        <translation>Sich selbst als Bewerter dieses Partners hinzufügen</translation>
    </message>
    <message>
        <source>Rating as:</source>
        <translation>Einstufen als:</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>the Culture page</source>
        <translation>der Seite „Kultur“</translation>
    </message>
    <message>
        <source>the Mutual gain page</source>
        <translation>der Seite „Gegenseitiger Nutzen“</translation>
    </message>
    <message>
        <source>the Roadmap page</source>
        <translation>der Seite „Roadmap“</translation>
    </message>
    <message>
        <source>its page</source>
        <translation>der zugehörigen Seite</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — computed: &lt;b&gt;%2&lt;/b&gt; / 100. &lt;a href=&quot;#&quot;&gt;Edit its inputs on %3&lt;/a&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — berechnet: &lt;b&gt;%2&lt;/b&gt; / 100. &lt;a href=&quot;#&quot;&gt;Eingaben auf %3 bearbeiten&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · not assessed yet</source>
        <translation>%1 · noch nicht bewertet</translation>
    </message>
    <message>
        <source>Choose who is rating, or add yourself</source>
        <translation>Wählen Sie, wer einstuft, oder fügen Sie sich selbst hinzu</translation>
    </message>
    <message>
        <source>%1 of %2 criteria rated by %3</source>
        <translation>%1 von %2 Kriterien von %3 eingestuft</translation>
    </message>
    <message>
        <source>Add Assessor</source>
        <translation>Bewerter hinzufügen</translation>
    </message>
    <message>
        <source>Name of the colleague who rates this partner:</source>
        <translation>Name der Person, die diesen Partner einstuft:</translation>
    </message>
    <message>
        <source>Add yourself to the workspace&apos;s people and rate as yourself</source>
        <translation>Sich selbst zu den Personen des Arbeitsbereichs hinzufügen und selbst einstufen</translation>
    </message>
</context>
<context>
    <name>pf::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>PartnerFit</source>
        <translation>PartnerFit</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>pf::ui::ConsensusDialog</name>
    <message>
        <source>Consensus on %1</source>
        <translation>Konsens zu %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The assessors rated %1. Agree one value in discussion and record why; the individual ratings stay visible.</source>
        <translation>Einstufungen der Bewerter: %1. Einigen Sie sich im Gespräch auf einen Wert und halten Sie die Begründung fest; die einzelnen Einstufungen bleiben sichtbar.</translation>
    </message>
    <message>
        <source>Why the group agreed this value (required)</source>
        <translation>Warum sich die Gruppe auf diesen Wert geeinigt hat (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Agreed &amp;value:</source>
        <translation>Vereinbarter &amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Withdraw Consensus</source>
        <translation>Konsens &amp;zurückziehen</translation>
    </message>
</context>
<context>
    <name>pf::ui::CulturePage</name>
    <message>
        <source>Axis (1 ↔ 7)</source>
        <translation>Achse (1 ↔ 7)</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Wir</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Weight %1, tolerance %2 points</source>
        <translation>Gewichtung %1, Toleranz %2 Punkte</translation>
    </message>
    <message>
        <source>Partner on %1 ↔ %2</source>
        <translation>Partner auf %1 ↔ %2</translation>
    </message>
    <message>
        <source>Our own position is not set: edit the home profile</source>
        <translation>Unsere eigene Position ist nicht festgelegt: Bearbeiten Sie das eigene Profil</translation>
    </message>
    <message>
        <source>Needs a position on both sides</source>
        <translation>Benötigt eine Position auf beiden Seiten</translation>
    </message>
    <message>
        <source>Culture profiles</source>
        <translation>Kulturprofile</translation>
    </message>
    <message>
        <source>Culture profiles are &lt;b&gt;%1 %&lt;/b&gt; similar. Our profile is part of the &lt;a href=&quot;home&quot;&gt;home profile&lt;/a&gt;.</source>
        <translation>Die Kulturprofile sind zu &lt;b&gt;%1 %&lt;/b&gt; ähnlich. Unser Profil ist Teil des &lt;a href=&quot;home&quot;&gt;eigenen Profils&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Place the partner on the axes below; our own positions come from the &lt;a href=&quot;home&quot;&gt;home profile&lt;/a&gt;. The fit needs at least one axis rated on both sides.</source>
        <translation>Ordnen Sie den Partner auf den Achsen unten ein; unsere eigenen Positionen stammen aus dem &lt;a href=&quot;home&quot;&gt;eigenen Profil&lt;/a&gt;. Für die Passung muss mindestens eine Achse auf beiden Seiten eingestuft sein.</translation>
    </message>
</context>
<context>
    <name>pf::ui::EditHomeProfileCommand</name>
    <message>
        <source>home profile</source>
        <translation>eigenes Profil</translation>
    </message>
    <message>
        <source>The home profile change could not be undone.</source>
        <translation>Die Änderung des eigenen Profils konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The home profile change could not be redone.</source>
        <translation>Die Änderung des eigenen Profils konnte nicht wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>pf::ui::EditPartnerCommand</name>
    <message>
        <source>rename of partner %1</source>
        <translation>Umbenennung des Partners %1</translation>
    </message>
    <message>
        <source>stage of %1</source>
        <translation>Phase von %1</translation>
    </message>
    <message>
        <source>details of %1</source>
        <translation>Angaben zu %1</translation>
    </message>
    <message>
        <source>The change could not be undone.</source>
        <translation>Die Änderung konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The change could not be redone.</source>
        <translation>Die Änderung konnte nicht wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>pf::ui::EditPersonCommand</name>
    <message>
        <source>rename of %1</source>
        <translation>Umbenennung von %1</translation>
    </message>
    <message>
        <source>role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>The change could not be undone.</source>
        <translation>Die Änderung konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The change could not be redone.</source>
        <translation>Die Änderung konnte nicht wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>pf::ui::FileOpenFilter</name>
    <message>
        <source>Only files can be dropped here: a workspace (.partnerfit) to open or a CSV file (.csv) to import partners from.</source>
        <translation>Hier können nur Dateien abgelegt werden: ein Arbeitsbereich (.partnerfit) zum Öffnen oder eine CSV-Datei (.csv), aus der Partner importiert werden.</translation>
    </message>
    <message>
        <source>Drop one file at a time: a workspace (.partnerfit) to open or a CSV file (.csv) to import partners from.</source>
        <translation>Legen Sie jeweils nur eine Datei ab: einen Arbeitsbereich (.partnerfit) zum Öffnen oder eine CSV-Datei (.csv), aus der Partner importiert werden.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer. Save it to a folder first, then drop it here.</source>
        <translation>%1 ist keine Datei auf diesem Computer. Speichern Sie sie zuerst in einem Ordner und legen Sie sie dann hier ab.</translation>
    </message>
    <message>
        <source>%1 was not opened: PartnerFit opens workspaces (.partnerfit) and imports partners from CSV files (.csv).</source>
        <translation>%1 wurde nicht geöffnet: PartnerFit öffnet Arbeitsbereiche (.partnerfit) und importiert Partner aus CSV-Dateien (.csv).</translation>
    </message>
</context>
<context>
    <name>pf::ui::HistoryPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Bewertungsverlauf</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Gesundheitscheck</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Health over time</source>
        <translation>Gesundheit im Zeitverlauf</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>Noch keine Bewertungen.</translation>
    </message>
    <message>
        <source>The overall fell by 10 points or more at: %1. Look at what changed.</source>
        <translation>Der Gesamtwert ist zu diesen Zeitpunkten um 10 Punkte oder mehr gefallen: %1. Prüfen Sie, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Assessment versions: %1; the overall never fell by 10 points or more between checks.</source>
        <translation>Bewertungsversionen: %1; der Gesamtwert ist zwischen den Prüfungen nie um 10 Punkte oder mehr gefallen.</translation>
    </message>
</context>
<context>
    <name>pf::ui::HomeProfileDialog</name>
    <message>
        <source>Home Profile</source>
        <translation>Eigenes Profil</translation>
    </message>
    <message>
        <source>Every partner&apos;s fit is measured against our own organisation: place us on the culture axes and list where we are headed. New assessments take this profile; the draft you are editing is updated too.</source>
        <translation>Die Passung jedes Partners wird an unserer eigenen Organisation gemessen: Ordnen Sie uns auf den Kulturachsen ein und tragen Sie ein, wohin wir uns entwickeln. Neue Bewertungen übernehmen dieses Profil; der Entwurf, den Sie bearbeiten, wird ebenfalls aktualisiert.</translation>
    </message>
    <message>
        <source>Our culture</source>
        <translation>Unsere Kultur</translation>
    </message>
    <message>
        <source>%1 ↔ %2:</source>
        <translation>%1 ↔ %2:</translation>
    </message>
    <message>
        <source>Our roadmap</source>
        <translation>Unsere Roadmap</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Themes (one per line)</source>
        <translation>Themen (eines pro Zeile)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Neues Thema</translation>
    </message>
</context>
<context>
    <name>pf::ui::MainWindow</name>
    <message>
        <source>The workspace file that holds every partner and assessment</source>
        <translation>Die Arbeitsbereichsdatei mit allen Partnern und Bewertungen</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Arbeitsbereich speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Workspace</source>
        <translation>Beispiel-&amp;Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>Arbeitsbereich &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Check Workspace</source>
        <translation>A&amp;rbeitsbereich prüfen</translation>
    </message>
    <message>
        <source>&amp;Import Partners from CSV…</source>
        <translation>Partner aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Portfolio Report…</source>
        <translation>&amp;Portfoliobericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>Partner &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Add Partner…</source>
        <translation>Partner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>Partner &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Partner…</source>
        <translation>Partner &amp;löschen…</translation>
    </message>
    <message>
        <source>Edit &amp;Home Profile…</source>
        <translation>&amp;Eigenes Profil bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;New Assessment</source>
        <translation>&amp;Neue Bewertung</translation>
    </message>
    <message>
        <source>New &amp;Health Check</source>
        <translation>Neuer &amp;Gesundheitscheck</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Abschließen…</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;About PartnerFit</source>
        <translation>&amp;Über PartnerFit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Partner suchen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation>Noch keine Partner</translation>
    </message>
    <message>
        <source>PartnerFit scores prospective partners on cultural fit, mutual gain and roadmap alignment, explains every score and keeps every assessment in this workspace. Start by adding the partner you are evaluating, import your list from a spreadsheet, or explore the sample workspace.</source>
        <translation>PartnerFit bewertet mögliche Partner nach kultureller Passung, gegenseitigem Nutzen und Roadmap-Übereinstimmung, erklärt jede Bewertung und bewahrt alle Bewertungen in diesem Arbeitsbereich auf. Fügen Sie zuerst den Partner hinzu, den Sie prüfen, importieren Sie Ihre Liste aus einer Tabelle oder sehen Sie sich den Beispiel-Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>PartnerFit</source>
        <translation>PartnerFit</translation>
    </message>
    <message>
        <source>%1[*] — PartnerFit</source>
        <translation>%1[*] — PartnerFit</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Fifteen fictional partners with assessments, disagreements and health checks</source>
        <translation>Fünfzehn fiktive Partner mit Bewertungen, abweichenden Einstufungen und Gesundheitschecks</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Revise as New Version</source>
        <translation>Als neue &amp;Version überarbeiten</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Nach Phase filtern</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>Any band</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Filter by band</source>
        <translation>Nach Stufe filtern</translation>
    </message>
    <message>
        <source>Choose a partner</source>
        <translation>Partner auswählen</translation>
    </message>
    <message>
        <source>Select a partner in the list to see its verdict and why, or add a new one.</source>
        <translation>Wählen Sie einen Partner in der Liste aus, um sein Urteil und dessen Begründung zu sehen, oder fügen Sie einen neuen hinzu.</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Start a selection assessment before signing, or a health check of an active partnership. Colleagues can rate it with you.</source>
        <translation>Starten Sie vor Vertragsabschluss eine Auswahlbewertung oder einen Gesundheitscheck einer aktiven Partnerschaft. Kolleginnen und Kollegen können gemeinsam mit Ihnen einstufen.</translation>
    </message>
    <message>
        <source>Open the Newest Good Backup</source>
        <translation>Neueste fehlerfreie Sicherung öffnen</translation>
    </message>
    <message>
        <source>Open Another Workspace…</source>
        <translation>Anderen Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>The partner&apos;s assessment could not be loaded.</source>
        <translation>Die Bewertung des Partners konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1 is not assessed yet</source>
        <translation>%1 ist noch nicht bewertet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The partner could not be added.</source>
        <translation>Der Partner konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The partner could not be saved.</source>
        <translation>Der Partner konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation>Partner löschen</translation>
    </message>
    <message>
        <source>The partner could not be deleted.</source>
        <translation>Der Partner konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The assessment could not be started.</source>
        <translation>Die Bewertung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Finalise this assessment? It becomes a fixed record; changes afterwards make a new version, and this cannot be undone.</source>
        <translation>Diese Bewertung abschließen? Sie wird zu einem festen Datensatz; spätere Änderungen erzeugen eine neue Version. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Not assessed yet: %1.</source>
        <translation>Noch nicht bewertet: %1.</translation>
    </message>
    <message>
        <source>Finalise Assessment</source>
        <translation>Bewertung abschließen</translation>
    </message>
    <message>
        <source>The assessment could not be finalised.</source>
        <translation>Die Bewertung konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>A new version could not be started.</source>
        <translation>Eine neue Version konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>PartnerFit workspaces (%1)</source>
        <translation>PartnerFit-Arbeitsbereiche (%1)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>The home profile could not be read.</source>
        <translation>Das eigene Profil konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The home profile could not be saved.</source>
        <translation>Das eigene Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It stays on screen until it is.</source>
        <translation>Ihre letzte Änderung konnte nicht gespeichert werden: %1 Sie bleibt angezeigt, bis sie gespeichert ist.</translation>
    </message>
    <message>
        <source>Unsaved Change</source>
        <translation>Nicht gespeicherte Änderung</translation>
    </message>
    <message>
        <source>Your last change could not be saved, even on a second try. Close anyway and lose it?</source>
        <translation>Ihre letzte Änderung konnte auch beim zweiten Versuch nicht gespeichert werden. Trotzdem schließen und sie verwerfen?</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: PartnerFit never overwrites a workspace.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Namen: PartnerFit überschreibt nie einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup “%2”? Changes made since that backup are no longer in the workspace; the current file is kept beside it first.</source>
        <translation>„%1“ durch die Sicherung „%2“ ersetzen? Änderungen seit dieser Sicherung sind danach nicht mehr im Arbeitsbereich; die aktuelle Datei wird vorher daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>Unresolved disagreements: %1.</source>
        <translation>Ungeklärte Abweichungen: %1.</translation>
    </message>
    <message>
        <source>Import Partners from CSV</source>
        <translation>Partner aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Delete “%1” from this workspace? Its details, contacts and profile are removed; Edit ▸ Undo brings them back.</source>
        <translation>„%1“ aus diesem Arbeitsbereich löschen? Die Angaben, Kontakte und das Profil des Partners werden entfernt; Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Write the selected partner&apos;s assessment report as a PDF</source>
        <translation>Den Bewertungsbericht des ausgewählten Partners als PDF schreiben</translation>
    </message>
    <message>
        <source>Write a PDF ranking the partners the list shows, with mutual gain, pillars and rank stability</source>
        <translation>Ein PDF mit der Rangfolge der angezeigten Partner schreiben, mit gegenseitigem Nutzen, Säulen und Rangstabilität</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Preview and print the selected partner&apos;s assessment report</source>
        <translation>Den Bewertungsbericht des ausgewählten Partners in der Vorschau ansehen und drucken</translation>
    </message>
    <message>
        <source>The filtered partner list</source>
        <translation>Die gefilterte Partnerliste</translation>
    </message>
    <message>
        <source>Exported %1 (pages: %2)</source>
        <translation>%1 exportiert (Seiten: %2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Bericht exportiert</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written or changed</source>
        <translation>Export abgebrochen: %1 wurde weder geschrieben noch geändert</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The report could not be written to %1. %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden. %2</translation>
    </message>
    <message>
        <source>Loading partners…</source>
        <translation>Partner werden geladen…</translation>
    </message>
    <message>
        <source>The partner list could not be read.</source>
        <translation>Die Partnerliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <source>No partner has tags yet: add them in the partner editor</source>
        <translation>Noch hat kein Partner Tags: Fügen Sie sie im Partnereditor hinzu</translation>
    </message>
    <message>
        <source>Show only partners with this tag</source>
        <translation>Nur Partner mit diesem Tag zeigen</translation>
    </message>
</context>
<context>
    <name>pf::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>pf::ui::MutualGainPage</name>
    <message>
        <source>&lt;b&gt;Value to us&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nutzen für uns&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value to the partner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nutzen für den Partner&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Who gains</source>
        <translation>Wer profitiert</translation>
    </message>
    <message>
        <source>Rate at least one input on each side: mutual gain is the geometric mean of the value to us and the value to the partner, so a win-win needs both. Rating as %1.</source>
        <translation>Stufen Sie auf jeder Seite mindestens eine Eingabe ein: Der gegenseitige Nutzen ist das geometrische Mittel aus dem Nutzen für uns und dem Nutzen für den Partner, eine Win-win-Situation braucht also beides. Einstufen als: %1.</translation>
    </message>
    <message>
        <source>nobody yet — add an assessor on the Assessment page</source>
        <translation>noch niemand — fügen Sie auf der Seite „Bewertung“ einen Bewerter hinzu</translation>
    </message>
    <message>
        <source>Win-win: both sides gain.</source>
        <translation>Win-win: Beide Seiten profitieren.</translation>
    </message>
    <message>
        <source>We win, they do not: extractive and unstable.</source>
        <translation>Wir profitieren, der Partner nicht: einseitig und instabil.</translation>
    </message>
    <message>
        <source>They win, we do not.</source>
        <translation>Der Partner profitiert, wir nicht.</translation>
    </message>
    <message>
        <source>Lose-lose: neither side gains much.</source>
        <translation>Lose-lose: Keine Seite profitiert nennenswert.</translation>
    </message>
    <message>
        <source>Value to us &lt;b&gt;%1&lt;/b&gt; · to the partner &lt;b&gt;%2&lt;/b&gt; · mutual-gain index &lt;b&gt;%3&lt;/b&gt; · balance &lt;b&gt;%4&lt;/b&gt;. %5</source>
        <translation>Nutzen für uns &lt;b&gt;%1&lt;/b&gt; · für den Partner &lt;b&gt;%2&lt;/b&gt; · Index gegenseitiger Nutzen &lt;b&gt;%3&lt;/b&gt; · Ausgewogenheit &lt;b&gt;%4&lt;/b&gt;. %5</translation>
    </message>
</context>
<context>
    <name>pf::ui::OverviewPage</name>
    <message>
        <source>Cultural fit</source>
        <translation>Kulturelle Passung</translation>
    </message>
    <message>
        <source>Mutual gain</source>
        <translation>Gegenseitiger Nutzen</translation>
    </message>
    <message>
        <source>Roadmap alignment</source>
        <translation>Roadmap-Übereinstimmung</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Warum dieser Wert</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Place both organisations on at least one culture axis to compute the fit.</source>
        <translation>Ordnen Sie beide Organisationen auf mindestens einer Kulturachse ein, um die Passung zu berechnen.</translation>
    </message>
    <message>
        <source>Culture profiles are %1 % similar.</source>
        <translation>Die Kulturprofile sind zu %1 % ähnlich.</translation>
    </message>
    <message>
        <source>Rate at least one value-to-us and one value-to-partner input.</source>
        <translation>Stufen Sie mindestens eine Eingabe zum Nutzen für uns und eine zum Nutzen für den Partner ein.</translation>
    </message>
    <message>
        <source>win-win</source>
        <translation>Win-win</translation>
    </message>
    <message>
        <source>we win, they do not: extractive and unstable</source>
        <translation>wir profitieren, der Partner nicht: einseitig und instabil</translation>
    </message>
    <message>
        <source>they win, we do not</source>
        <translation>der Partner profitiert, wir nicht</translation>
    </message>
    <message>
        <source>lose-lose</source>
        <translation>Lose-lose</translation>
    </message>
    <message>
        <source>Value to us %1, to the partner %2: %3.</source>
        <translation>Nutzen für uns %1, für den Partner %2: %3.</translation>
    </message>
    <message>
        <source>List roadmap items for both organisations to compare where you are headed.</source>
        <translation>Erfassen Sie Roadmap-Einträge für beide Organisationen, um Ihre Richtungen zu vergleichen.</translation>
    </message>
    <message>
        <source>Alignment in %1–%2 is %3/100: expect a short-term partnership (lesson 4).</source>
        <translation>Die Übereinstimmung %1–%2 beträgt %3/100: Rechnen Sie mit einer kurzfristigen Partnerschaft (Lektion 4).</translation>
    </message>
    <message>
        <source>Aligned for the long term (%1/100 in %2–%3).</source>
        <translation>Langfristig übereinstimmend (%1/100 in %2–%3).</translation>
    </message>
    <message>
        <source>Nothing on our roadmap for %1–%2 yet.</source>
        <translation>Für %1–%2 steht noch nichts auf unserer Roadmap.</translation>
    </message>
    <message>
        <source>Overall %1 of 100</source>
        <translation>Gesamtwert %1 von 100</translation>
    </message>
    <message>
        <source>Rate criteria on the Assessment page to compute the overall score</source>
        <translation>Stufen Sie Kriterien auf der Seite „Bewertung“ ein, um den Gesamtwert zu berechnen</translation>
    </message>
    <message>
        <source>%1 · %2 of the weight assessed</source>
        <translation>%1 · %2 der Gewichtung bewertet</translation>
    </message>
    <message>
        <source>%1 at %2/100 costs %3 points</source>
        <translation>%1 mit %2/100 kostet %3 Punkte</translation>
    </message>
    <message>
        <source>Nothing is scored yet. Rate criteria on the Assessment page.</source>
        <translation>Noch nichts bewertet. Stufen Sie Kriterien auf der Seite „Bewertung“ ein.</translation>
    </message>
    <message>
        <source>No criterion drags the score down by a point or more.</source>
        <translation>Kein Kriterium senkt den Wert um einen Punkt oder mehr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Biggest drags&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Größte Abzüge&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>No recommendations: nothing triggered a rule.</source>
        <translation>Keine Empfehlungen: Keine Regel wurde ausgelöst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Knock-out&lt;/b&gt;: %1 — %2</source>
        <translation>&lt;b&gt;K.-o.-Kriterium&lt;/b&gt;: %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discuss&lt;/b&gt;: assessors disagree on %1 by 2 points or more</source>
        <translation>&lt;b&gt;Diskussionsbedarf&lt;/b&gt;: Die Bewerter weichen bei %1 um 2 Punkte oder mehr voneinander ab</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Kein Handlungsbedarf.</translation>
    </message>
</context>
<context>
    <name>pf::ui::PartnerDialog</name>
    <message>
        <source>Add Partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Organisation name (required)</source>
        <translation>Name der Organisation (Pflichtfeld)</translation>
    </message>
    <message>
        <source>e.g. DACH, Nordics</source>
        <translation>z. B. DACH, Nordeuropa</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regionen:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>pf::ui::PartnerListModel</name>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Technology partner</source>
        <translation>Technologiepartner</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>Strategic alliance</source>
        <translation>Strategische Allianz</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Allianz</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 — %2, finalised on %3</source>
        <translation>%1 — %2, abgeschlossen am %3</translation>
    </message>
    <message>
        <source>The assessment is a draft: finalise it to fix its score</source>
        <translation>Die Bewertung ist ein Entwurf: Schließen Sie sie ab, um ihr Ergebnis festzuschreiben</translation>
    </message>
    <message>
        <source>No assessment yet: start one from the Assessment menu</source>
        <translation>Noch keine Bewertung: Starten Sie eine über das Menü „Bewertung“</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
</context>
<context>
    <name>pf::ui::PartnerView</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Mutual gain</source>
        <translation>Gegenseitiger Nutzen</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 · coverage %2</source>
        <translation>%1 · Abdeckung %2</translation>
    </message>
    <message>
        <source>Overall %1 of 100</source>
        <translation>Gesamtwert %1 von 100</translation>
    </message>
    <message>
        <source>Rate criteria on the Assessment page to compute the overall score</source>
        <translation>Stufen Sie Kriterien auf der Seite „Bewertung“ ein, um den Gesamtwert zu berechnen</translation>
    </message>
    <message>
        <source>%1 of the weight assessed</source>
        <translation>%1 des Gewichts bewertet</translation>
    </message>
</context>
<context>
    <name>pf::ui::PeopleActions</name>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personen…</translation>
    </message>
    <message>
        <source>Add &amp;Me as Assessor</source>
        <translation>&amp;Mich als Bewerter hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Assessor…</source>
        <translation>Bewerter &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Everyone who rates partners in this workspace</source>
        <translation>Alle, die in diesem Arbeitsbereich Partner einstufen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Rate as %1</source>
        <translation>Als %1 einstufen</translation>
    </message>
    <message>
        <source>%1 could not be added.</source>
        <translation>%1 konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Add Me as Assessor</source>
        <translation>Mich als Bewerter hinzufügen</translation>
    </message>
    <message>
        <source>Your name as colleagues will see it beside your ratings:</source>
        <translation>Ihr Name, wie ihn Kollegen neben Ihren Einstufungen sehen:</translation>
    </message>
    <message>
        <source>Your name could not be remembered.</source>
        <translation>Ihr Name konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Add Assessor</source>
        <translation>Bewerter hinzufügen</translation>
    </message>
    <message>
        <source>Name of the colleague who rates this partner:</source>
        <translation>Name der Person, die diesen Partner einstuft:</translation>
    </message>
</context>
<context>
    <name>pf::ui::PeopleDialog</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Everyone who rates partners in this workspace. Double-click a name or role to change it. Ratings keep their assessor, so someone who has rated cannot be removed.</source>
        <translation>Alle, die in diesem Arbeitsbereich Partner einstufen. Doppelklicken Sie auf einen Namen oder eine Rolle, um sie zu ändern. Einstufungen behalten ihren Bewerter; wer schon eingestuft hat, kann daher nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Name of the colleague who rates partners:</source>
        <translation>Name der Person, die Partner einstuft:</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Assessments rated</source>
        <translation>Eingestufte Bewertungen</translation>
    </message>
</context>
<context>
    <name>pf::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>PartnerFit backs up a workspace automatically at most once a day while it is in use and before every upgrade; older backups beyond this number are removed.</source>
        <translation>PartnerFit sichert einen Arbeitsbereich automatisch höchstens einmal täglich, solange er benutzt wird, und vor jeder Aktualisierung; ältere Sicherungen über diese Anzahl hinaus werden entfernt.</translation>
    </message>
    <message>
        <source>The new language applies the next time PartnerFit starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von PartnerFit.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Automatic backups to keep:</source>
        <translation>&amp;Automatische Sicherungen behalten:</translation>
    </message>
</context>
<context>
    <name>pf::ui::RatingRow</name>
    <message>
        <source>Rate %1 of 5</source>
        <translation>Mit %1 von 5 einstufen</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Not applicable to this partner (key 0)</source>
        <translation>Für diesen Partner nicht zutreffend (Taste 0)</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Einstufung entfernen</translation>
    </message>
    <message>
        <source>Clear: not assessed yet (Delete)</source>
        <translation>Entfernen: noch nicht bewertet (Entf)</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Diskutieren</translation>
    </message>
    <message>
        <source>The assessors&apos; ratings differ by 2 points or more: agree a consensus value</source>
        <translation>Die Einstufungen der Bewerter weichen um 2 Punkte oder mehr voneinander ab: Vereinbaren Sie einen Konsenswert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Evidence behind this rating</source>
        <translation>Nachweis für diese Einstufung</translation>
    </message>
    <message>
        <source>Evidence: what did you see or hear that supports this rating?</source>
        <translation>Nachweis: Was haben Sie gesehen oder gehört, das diese Einstufung stützt?</translation>
    </message>
    <message>
        <source>Note ✓</source>
        <translation>Notiz ✓</translation>
    </message>
    <message>
        <source>Consensus %1 — %2</source>
        <translation>Konsens %1 — %2</translation>
    </message>
    <message>
        <source>Not applicable to this partner</source>
        <translation>Für diesen Partner nicht zutreffend</translation>
    </message>
    <message>
        <source>Not assessed yet: hover over a level to read what it means</source>
        <translation>Noch nicht bewertet: Zeigen Sie auf einen Wert, um seine Bedeutung zu lesen</translation>
    </message>
</context>
<context>
    <name>pf::ui::RecentWorkspacesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>No Recent Workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>Workspace Not Found</source>
        <translation>Arbeitsbereich nicht gefunden</translation>
    </message>
    <message>
        <source>The workspace “%1” is no longer at %2. It may have been moved, renamed or deleted. Remove it from the list of recent workspaces?</source>
        <translation>Der Arbeitsbereich „%1“ liegt nicht mehr unter %2. Er wurde vielleicht verschoben, umbenannt oder gelöscht. Aus der Liste der zuletzt geöffneten Arbeitsbereiche entfernen?</translation>
    </message>
</context>
<context>
    <name>pf::ui::RemovePartnerCommand</name>
    <message>
        <source>deletion of %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>Deleting %1 could not be undone.</source>
        <translation>Das Löschen von %1 konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleting %1 could not be redone.</source>
        <translation>Das Löschen von %1 konnte nicht wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>pf::ui::RemovePersonCommand</name>
    <message>
        <source>removal of %1</source>
        <translation>Entfernen von %1</translation>
    </message>
    <message>
        <source>Removing %1 could not be undone.</source>
        <translation>Das Entfernen von %1 konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Removing %1 could not be redone.</source>
        <translation>Das Entfernen von %1 konnte nicht wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>pf::ui::ReportExportDialog</name>
    <message>
        <source>Archival PDF/A-1b</source>
        <translation>Archiv-PDF/A-1b</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau …</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>For long-term archives: every font embedded, no transparency. The report looks the same either way.</source>
        <translation>Für die Langzeitarchivierung: alle Schriften eingebettet, keine Transparenz. Der Bericht sieht in beiden Fällen gleich aus.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>See the pages as they will print, and print them</source>
        <translation>Die Seiten so ansehen, wie sie gedruckt werden, und sie drucken</translation>
    </message>
</context>
<context>
    <name>pf::ui::ReportExporter</name>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Assessment report of %1</source>
        <translation>Bewertungsbericht für %1</translation>
    </message>
    <message>
        <source>%1 assessment</source>
        <translation>%1 Bewertung</translation>
    </message>
    <message>
        <source>Export Portfolio Report</source>
        <translation>Portfoliobericht exportieren</translation>
    </message>
    <message>
        <source>Portfolio report: %1 (partners ranked: %2)</source>
        <translation>Portfoliobericht: %1 (Partner in der Rangfolge: %2)</translation>
    </message>
    <message>
        <source>Partner portfolio</source>
        <translation>Partnerportfolio</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Exporting Report</source>
        <translation>Bericht wird exportiert</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 wird vorbereitet …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird geschrieben …</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 ist bereits vorhanden. Möchten Sie die Datei ersetzen?</translation>
    </message>
</context>
<context>
    <name>pf::ui::RoadmapItemsModel</name>
    <message>
        <source>Exploring</source>
        <translation>Sondierend</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Verbindlich</translation>
    </message>
    <message>
        <source>Invest</source>
        <translation>Investieren</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Divest</source>
        <translation>Zurückfahren</translation>
    </message>
    <message>
        <source>The last year is before the first year</source>
        <translation>Das letzte Jahr liegt vor dem ersten Jahr</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Verbindlichkeit</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Ausrichtung</translation>
    </message>
</context>
<context>
    <name>pf::ui::RoadmapPage</name>
    <message>
        <source>Our roadmap</source>
        <translation>Unsere Roadmap</translation>
    </message>
    <message>
        <source>The partner&apos;s roadmap</source>
        <translation>Roadmap des Partners</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>List where each organisation is headed over %1–%2. Alignment compares the direction (invest, maintain, divest) and how firmly each side commits, theme by theme and year by year.</source>
        <translation>Erfassen Sie, wohin sich jede Organisation im Zeitraum %1–%2 entwickelt. Die Übereinstimmung vergleicht die Ausrichtung (investieren, halten, zurückfahren) und die Verbindlichkeit jeder Seite, Thema für Thema und Jahr für Jahr.</translation>
    </message>
    <message>
        <source>Expect a short-term partnership with limited returns (lesson 4).</source>
        <translation>Rechnen Sie mit einer kurzfristigen Partnerschaft mit begrenztem Ertrag (Lektion 4).</translation>
    </message>
    <message>
        <source>Headed the same way for the long term.</source>
        <translation>Langfristig in dieselbe Richtung unterwegs.</translation>
    </message>
    <message>
        <source>The far horizon cannot be judged yet.</source>
        <translation>Der ferne Horizont lässt sich noch nicht beurteilen.</translation>
    </message>
    <message>
        <source>Alignment &lt;b&gt;%1&lt;/b&gt; over %2–%3 · near (%2–%4) &lt;b&gt;%5&lt;/b&gt; · far (%6–%3) &lt;b&gt;%7&lt;/b&gt;. %8&lt;br&gt;Shared: %9 · Conflicts: %10 · Gaps: %11</source>
        <translation>Übereinstimmung &lt;b&gt;%1&lt;/b&gt; für %2–%3 · nah (%2–%4) &lt;b&gt;%5&lt;/b&gt; · fern (%6–%3) &lt;b&gt;%7&lt;/b&gt;. %8&lt;br&gt;Gemeinsam: %9 · Konflikte: %10 · Lücken: %11</translation>
    </message>
</context>
<context>
    <name>pf::ui::ScaleButtons</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Clear: not rated</source>
        <translation>Entfernen: nicht eingestuft</translation>
    </message>
</context>
<context>
    <name>pf::ui::ScoreFormat</name>
    <message>
        <source>High confidence</source>
        <translation>Hohe Verlässlichkeit</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Mittlere Verlässlichkeit</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Geringe Verlässlichkeit</translation>
    </message>
    <message>
        <source>Strong fit</source>
        <translation>Starke Passung</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Vielversprechend</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Bedingt</translation>
    </message>
    <message>
        <source>Weak fit</source>
        <translation>Schwache Passung</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Nicht empfohlen</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
</context>
<context>
    <name>pf::ui::SetConsensusCommand</name>
    <message>
        <source>consensus on %1</source>
        <translation>Konsens zu %1</translation>
    </message>
</context>
<context>
    <name>pf::ui::SetCultureValueCommand</name>
    <message>
        <source>our culture on %1</source>
        <translation>unsere Kultur bei %1</translation>
    </message>
    <message>
        <source>partner culture on %1</source>
        <translation>Partnerkultur bei %1</translation>
    </message>
</context>
<context>
    <name>pf::ui::SetRatingCommand</name>
    <message>
        <source>note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>rating of %1</source>
        <translation>Einstufung von %1</translation>
    </message>
</context>
<context>
    <name>pf::ui::SetRoadmapCommand</name>
    <message>
        <source>our roadmap</source>
        <translation>unsere Roadmap</translation>
    </message>
    <message>
        <source>partner roadmap</source>
        <translation>Partner-Roadmap</translation>
    </message>
</context>
<context>
    <name>pf::ui::UndoHistory</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>pf::ui::VerdictBadge</name>
    <message>
        <source>Not assessed yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
</context>
<context>
    <name>pf::ui::WorkspaceController</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Select a partner first.</source>
        <translation>Wählen Sie zuerst einen Partner aus.</translation>
    </message>
    <message>
        <source>Health check %1</source>
        <translation>Gesundheitscheck %1</translation>
    </message>
    <message>
        <source>Selection %1</source>
        <translation>Auswahl %1</translation>
    </message>
    <message>
        <source>There is no draft assessment to finalise.</source>
        <translation>Es gibt keinen Bewertungsentwurf zum Abschließen.</translation>
    </message>
    <message>
        <source>Only a finalised assessment can be revised.</source>
        <translation>Nur eine abgeschlossene Bewertung kann überarbeitet werden.</translation>
    </message>
    <message>
        <source>Your last change is not saved yet. Retry saving it first.</source>
        <translation>Ihre letzte Änderung ist noch nicht gespeichert. Versuchen Sie zuerst erneut, sie zu speichern.</translation>
    </message>
    <message>
        <source>There is no draft assessment to store it in.</source>
        <translation>Es gibt keinen Bewertungsentwurf, in dem sie gespeichert werden kann.</translation>
    </message>
</context>
<context>
    <name>pf::ui::WorkspaceEditor</name>
    <message>
        <source>It no longer exists; it may have been deleted elsewhere.</source>
        <translation>Es existiert nicht mehr; vielleicht wurde es anderswo gelöscht.</translation>
    </message>
</context>
<context>
    <name>pf::ui::WorkspaceTasks</name>
    <message>
        <source>The daily backup failed. %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Wait until the current work has finished, or cancel it.</source>
        <translation>Warten Sie, bis die laufende Arbeit beendet ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Your last change is not saved yet. Retry saving it first.</source>
        <translation>Ihre letzte Änderung ist noch nicht gespeichert. Versuchen Sie zuerst erneut, sie zu speichern.</translation>
    </message>
    <message>
        <source>Reading partners from %1…</source>
        <translation>Partner aus %1 werden gelesen …</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. %2</source>
        <translation>Aus %1 wurde nichts importiert. %2</translation>
    </message>
    <message>
        <source>Import Partners</source>
        <translation>Partner importieren</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported; these cannot:

%3

Import the %1 valid rows only?</source>
        <translation>%1 von %2 Zeilen können importiert werden; diese nicht:

%3

Nur die %1 gültigen Zeilen importieren?</translation>
    </message>
    <message>
        <source>Importing partners from %1…</source>
        <translation>Partner aus %1 werden importiert …</translation>
    </message>
    <message>
        <source>Imported partners from %1: %2.</source>
        <translation>Aus %1 importierte Partner: %2.</translation>
    </message>
    <message>
        <source>The partners could not be imported; nothing was changed. %1</source>
        <translation>Die Partner konnten nicht importiert werden; nichts wurde geändert. %1</translation>
    </message>
    <message>
        <source>Creating the sample workspace…</source>
        <translation>Der Beispiel-Arbeitsbereich wird angelegt …</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The sample workspace was not created.</source>
        <translation>Der Beispiel-Arbeitsbereich wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>The sample workspace could not be created. %1</source>
        <translation>Der Beispiel-Arbeitsbereich konnte nicht angelegt werden. %1</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Der Arbeitsbereich wird geprüft …</translation>
    </message>
    <message>
        <source>The workspace check was cancelled.</source>
        <translation>Die Prüfung des Arbeitsbereichs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The workspace is intact: every check passed.</source>
        <translation>Der Arbeitsbereich ist intakt: Alle Prüfungen wurden bestanden.</translation>
    </message>
    <message>
        <source>The workspace has problems: %1 Restore a backup or send the file to support.</source>
        <translation>Der Arbeitsbereich hat Probleme: %1 Stellen Sie eine Sicherung wieder her oder senden Sie die Datei an den Support.</translation>
    </message>
    <message>
        <source>Backing up the workspace…</source>
        <translation>Der Arbeitsbereich wird gesichert …</translation>
    </message>
    <message>
        <source>The backup was cancelled; no backup was made.</source>
        <translation>Die Sicherung wurde abgebrochen; es wurde keine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert unter %1</translation>
    </message>
    <message>
        <source>The backup failed. %1</source>
        <translation>Die Sicherung ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Eine Kopie wird als %1 gespeichert …</translation>
    </message>
    <message>
        <source>Save As was cancelled; no copy was made.</source>
        <translation>„Speichern unter“ wurde abgebrochen; es wurde keine Kopie angelegt.</translation>
    </message>
    <message>
        <source>The workspace could not be saved under the new name. %1</source>
        <translation>Der Arbeitsbereich konnte nicht unter dem neuen Namen gespeichert werden. %1</translation>
    </message>
    <message>
        <source>The backup could not be restored. %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden. %1</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>The restore was cancelled; the workspace is unchanged.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Restored from %1. The previous file is kept as %2.</source>
        <translation>Aus %1 wiederhergestellt. Die bisherige Datei ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 was not opened: PartnerFit opens workspaces (.partnerfit) and imports partners from CSV files (.csv).</source>
        <translation>%1 wurde nicht geöffnet: PartnerFit öffnet Arbeitsbereiche (.partnerfit) und importiert Partner aus CSV-Dateien (.csv).</translation>
    </message>
    <message>
        <source>%1 was not opened: wait until the current work has finished, or cancel it.</source>
        <translation>%1 wurde nicht geöffnet: Warten Sie, bis die laufende Arbeit beendet ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Open a workspace first, then import %1 into it.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich und importieren Sie %1 dann dorthin.</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::BandProbabilityChart</name>
    <message>
        <source>How likely each verdict is</source>
        <translation>Wahrscheinlichkeit jedes Urteils</translation>
    </message>
    <message>
        <source>Run the sensitivity analysis to see how firm the verdict is.</source>
        <translation>Führen Sie die Sensitivitätsanalyse aus, um zu sehen, wie belastbar das Urteil ist.</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Wahrscheinlichkeit (%)</translation>
    </message>
    <message>
        <source>Current verdict</source>
        <translation>Aktuelles Urteil</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>From %1 draws of the weights around the framework&apos;s weights.</source>
        <translation>Aus %1 Stichproben der Gewichtungen rund um die Gewichtungen des Bewertungsrahmens.</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::Chart</name>
    <message>
        <source>There is nothing to show until the assessment has the data for this chart.</source>
        <translation>Es gibt nichts anzuzeigen, solange die Bewertung nicht die Daten für dieses Diagramm enthält.</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::ChartFormat</name>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Strong fit</source>
        <translation>Starke Passung</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Vielversprechend</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Bedingt</translation>
    </message>
    <message>
        <source>Weak fit</source>
        <translation>Schwache Passung</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Nicht empfohlen</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::ChartWidget</name>
    <message>
        <source>Chart; the same data is available as a table.</source>
        <translation>Diagramm; dieselben Daten sind auch als Tabelle verfügbar.</translation>
    </message>
    <message>
        <source>%1 — Data</source>
        <translation>%1 — Daten</translation>
    </message>
    <message>
        <source>Show Data as Table…</source>
        <translation>Daten als Tabelle anzeigen…</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::ContributionBarsChart</name>
    <message>
        <source>Why this score</source>
        <translation>Warum dieser Wert</translation>
    </message>
    <message>
        <source>Rate criteria to see what makes up the overall score.</source>
        <translation>Stufen Sie Kriterien ein, um zu sehen, woraus sich der Gesamtwert zusammensetzt.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Biggest drag</source>
        <translation>Größter Abzug</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>%1 (%2 points, scored %3)</source>
        <translation>%1 (%2 Punkte, Punktwert %3)</translation>
    </message>
    <message>
        <source>Biggest drags: %1.</source>
        <translation>Größte Abzüge: %1.</translation>
    </message>
    <message>
        <source>Contribution (points of the overall)</source>
        <translation>Beitrag (Punkte am Gesamtwert)</translation>
    </message>
    <message>
        <source>Points left at full marks</source>
        <translation>Fehlende Punkte bis zur Höchstwertung</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::QuadrantChart</name>
    <message>
        <source>Win-win</source>
        <translation>Win-win</translation>
    </message>
    <message>
        <source>We win</source>
        <translation>Wir profitieren</translation>
    </message>
    <message>
        <source>They win</source>
        <translation>Partner profitiert</translation>
    </message>
    <message>
        <source>Lose-lose</source>
        <translation>Lose-lose</translation>
    </message>
    <message>
        <source>Mutual gain</source>
        <translation>Gegenseitiger Nutzen</translation>
    </message>
    <message>
        <source>Rate at least one value-to-us and one value-to-partner criterion.</source>
        <translation>Stufen Sie mindestens ein Kriterium zum Nutzen für uns und eines zum Nutzen für den Partner ein.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Value to us</source>
        <translation>Nutzen für uns</translation>
    </message>
    <message>
        <source>Value to partner</source>
        <translation>Nutzen für den Partner</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>%1: value to us %2, value to partner %3 (%4)</source>
        <translation>%1: Nutzen für uns %2, Nutzen für den Partner %3 (%4)</translation>
    </message>
    <message>
        <source>Value to us →</source>
        <translation>Nutzen für uns →</translation>
    </message>
    <message>
        <source>Value to partner →</source>
        <translation>Nutzen für den Partner →</translation>
    </message>
    <message>
        <source>Not placed (not assessed): %1</source>
        <translation>Nicht platziert (nicht bewertet): %1</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::RadarChart</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>A profile needs at least three axes.</source>
        <translation>Ein Profil braucht mindestens drei Achsen.</translation>
    </message>
    <message>
        <source>No axis has a rating yet.</source>
        <translation>Noch keine Achse ist eingestuft.</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Achse</translation>
    </message>
    <message>
        <source>Low pole</source>
        <translation>Unterer Pol</translation>
    </message>
    <message>
        <source>High pole</source>
        <translation>Oberer Pol</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::ResultChartData</name>
    <message>
        <source>exploring</source>
        <translation>sondierend</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>verbindlich</translation>
    </message>
    <message>
        <source>invest</source>
        <translation>investieren</translation>
    </message>
    <message>
        <source>maintain</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>divest</source>
        <translation>zurückfahren</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Wir</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::RoadmapTimelineChart</name>
    <message>
        <source>Roadmaps</source>
        <translation>Roadmaps</translation>
    </message>
    <message>
        <source>Add roadmap items for both sides to compare where each is headed.</source>
        <translation>Erfassen Sie Roadmap-Einträge für beide Seiten, um ihre Richtungen zu vergleichen.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Wir</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Nah</translation>
    </message>
    <message>
        <source>Far</source>
        <translation>Fern</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::TornadoChart</name>
    <message>
        <source>Sensitivity to the weights</source>
        <translation>Sensitivität gegenüber den Gewichtungen</translation>
    </message>
    <message>
        <source>The sensitivity needs an overall score.</source>
        <translation>Die Sensitivität erfordert einen Gesamtwert.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Overall %1</source>
        <translation>Gesamtwert %1</translation>
    </message>
    <message>
        <source>Weight ×0.8</source>
        <translation>Gewichtung ×0,8</translation>
    </message>
    <message>
        <source>Weight ×1.2</source>
        <translation>Gewichtung ×1,2</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::TrendChart</name>
    <message>
        <source>Health over time</source>
        <translation>Gesundheit im Zeitverlauf</translation>
    </message>
    <message>
        <source>Finalise an assessment to start the history.</source>
        <translation>Schließen Sie eine Bewertung ab, um den Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Drops of %1 or more</source>
        <translation>Rückgänge um %1 oder mehr</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 am %3</translation>
    </message>
    <message>
        <source>Drops of %1 or more: %2.</source>
        <translation>Rückgänge um %1 oder mehr: %2.</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::AssessmentReport</name>
    <message>
        <source>Partner assessment: %1</source>
        <translation>Partnerbewertung: %1</translation>
    </message>
    <message>
        <source>%1 against %2 version %3, %4: %5, overall %6/100</source>
        <translation>%1 nach %2 Version %3, %4: %5, Gesamtwert %6/100</translation>
    </message>
    <message>
        <source>PartnerFit · Partner assessment</source>
        <translation>PartnerFit · Partnerbewertung</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>PARTNER ASSESSMENT</source>
        <translation>PARTNERBEWERTUNG</translation>
    </message>
    <message>
        <source>Overall %1/100</source>
        <translation>Gesamtwert %1/100</translation>
    </message>
    <message>
        <source>%1 · %2 of the weighted criteria assessed</source>
        <translation>%1 · %2 der gewichteten Kriterien bewertet</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>not assessed yet. %1</source>
        <translation>noch nicht bewertet. %1</translation>
    </message>
    <message>
        <source>Knock-out: </source>
        <translation>Ausschluss: </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Bewertungsdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Bewertende</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>%1 (%2), version %3</source>
        <translation>%1 (%2), Version %3</translation>
    </message>
    <message>
        <source>Partner owner</source>
        <translation>Partnerverantwortliche(r)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Partner notes</source>
        <translation>Notizen zum Partner</translation>
    </message>
    <message>
        <source>Score by dimension</source>
        <translation>Punktwert je Dimension</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Entscheidung</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Verdict: %1 with an overall score of %2/100 (%3). %4 of the weighted criteria are assessed; unresolved disagreements between assessors: %5.</source>
        <translation>Urteil: %1 mit einem Gesamtwert von %2/100 (%3). %4 der gewichteten Kriterien sind bewertet; offene Meinungsverschiedenheiten zwischen Bewertenden: %5.</translation>
    </message>
    <message>
        <source>The three pillars</source>
        <translation>Die drei Säulen</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>What the model says</source>
        <translation>Was das Modell sagt</translation>
    </message>
    <message>
        <source>Culture profile similarity %1/100 over the axes rated on both sides.</source>
        <translation>Ähnlichkeit der Kulturprofile %1/100 über die auf beiden Seiten bewerteten Achsen.</translation>
    </message>
    <message>
        <source>Mutual-gain index %1/100: value to us %2, to the partner %3 (%4).</source>
        <translation>Index des gegenseitigen Nutzens %1/100: Nutzen für uns %2, für den Partner %3 (%4).</translation>
    </message>
    <message>
        <source>Direction %1/100, near horizon %2, far horizon %3: %4.</source>
        <translation>Richtung %1/100, naher Horizont %2, ferner Horizont %3: %4.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Points of the overall</source>
        <translation>Punkte am Gesamtwert</translation>
    </message>
    <message>
        <source>Every dimension</source>
        <translation>Alle Dimensionen</translation>
    </message>
    <message>
        <source>Top strengths</source>
        <translation>Größte Stärken</translation>
    </message>
    <message>
        <source>%1: %2/100</source>
        <translation>%1: %2/100</translation>
    </message>
    <message>
        <source>No criterion scores 60 or more.</source>
        <translation>Kein Kriterium erreicht 60 oder mehr.</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Größte Risiken</translation>
    </message>
    <message>
        <source>Assessors disagree by 2 points or more, with no consensus yet, on: %1.</source>
        <translation>Die Bewertenden liegen um 2 Punkte oder mehr auseinander, noch ohne Konsens, bei: %1.</translation>
    </message>
    <message>
        <source>No criterion scores below 60 and no disagreement is open.</source>
        <translation>Kein Kriterium liegt unter 60 und keine Meinungsverschiedenheit ist offen.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>No rule fired: nothing to recommend beyond the usual reviews.</source>
        <translation>Keine Regel hat gegriffen: nichts zu empfehlen außer den üblichen Überprüfungen.</translation>
    </message>
    <message>
        <source>Knock-outs</source>
        <translation>Ausschlusskriterien</translation>
    </message>
    <message>
        <source>None: no knock-out rule fired.</source>
        <translation>Keine: kein Ausschlusskriterium hat gegriffen.</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Säule: %1</translation>
    </message>
    <message>
        <source>Culture profile similarity is %1/100; the dimension scores %2/100. Each axis runs from 1 to 7 between its two poles; a distance within the axis&apos; tolerance counts as a full fit.</source>
        <translation>Die Ähnlichkeit der Kulturprofile beträgt %1/100; die Dimension erreicht %2/100. Jede Achse reicht von 1 bis 7 zwischen ihren beiden Polen; ein Abstand innerhalb der Toleranz der Achse zählt als volle Passung.</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Achse</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Wir</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Value to us %1/100, value to the partner %2/100: mutual-gain index %3/100 (the geometric mean, zero when either side gains nothing), balance %4. Quadrant: %5.</source>
        <translation>Nutzen für uns %1/100, Nutzen für den Partner %2/100: Index des gegenseitigen Nutzens %3/100 (das geometrische Mittel, null, wenn eine Seite nichts gewinnt), Ausgewogenheit %4. Quadrant: %5.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Value to</source>
        <translation>Nutzen für</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>den Partner</translation>
    </message>
    <message>
        <source>us</source>
        <translation>uns</translation>
    </message>
    <message>
        <source>Direction over %1–%2 is %3/100; near horizon (%1–%4) %5, far horizon (%6–%2) %7. Expected: %8.</source>
        <translation>Die Richtung über %1–%2 beträgt %3/100; naher Horizont (%1–%4) %5, ferner Horizont (%6–%2) %7. Zu erwarten: %8.</translation>
    </message>
    <message>
        <source>Shared themes</source>
        <translation>Gemeinsame Themen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Gaps (one side only)</source>
        <translation>Lücken (nur eine Seite)</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Verbindlichkeit</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>verbindlich</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>exploring</source>
        <translation>sondierend</translation>
    </message>
    <message>
        <source>invest</source>
        <translation>investieren</translation>
    </message>
    <message>
        <source>maintain</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>divest</source>
        <translation>zurückfahren</translation>
    </message>
    <message>
        <source>Roadmap items</source>
        <translation>Roadmap-Einträge</translation>
    </message>
    <message>
        <source>Criteria and evidence</source>
        <translation>Kriterien und Belege</translation>
    </message>
    <message>
        <source>Every rated criterion with the anchor text of the level it reached, each assessor&apos;s rating (1–5), the spread between them, any consensus agreed in discussion and the evidence notes. A spread of 2 or more without consensus is marked for discussion.</source>
        <translation>Jedes bewertete Kriterium mit dem Ankertext der erreichten Stufe, der Bewertung jeder bewertenden Person (1–5), der Streuung zwischen ihnen, einem in der Diskussion vereinbarten Konsens und den Belegnotizen. Eine Streuung von 2 oder mehr ohne Konsens ist zur Diskussion markiert.</translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation>Punktwert %1/100</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>ratings: %1</source>
        <translation>Bewertungen: %1</translation>
    </message>
    <message>
        <source>spread %1</source>
        <translation>Streuung %1</translation>
    </message>
    <message>
        <source>to discuss</source>
        <translation>zu besprechen</translation>
    </message>
    <message>
        <source>Level %1 means: </source>
        <translation>Stufe %1 bedeutet: </translation>
    </message>
    <message>
        <source>Consensus %1: </source>
        <translation>Konsens %1: </translation>
    </message>
    <message>
        <source>no rationale recorded</source>
        <translation>keine Begründung erfasst</translation>
    </message>
    <message>
        <source>Evidence: </source>
        <translation>Belege: </translation>
    </message>
    <message>
        <source>Sensitivity to the weights</source>
        <translation>Sensitivität gegenüber den Gewichtungen</translation>
    </message>
    <message>
        <source>How far the overall moves when one dimension weight changes by 20 % either way (the others renormalised), longest bar first.</source>
        <translation>Wie weit sich der Gesamtwert bewegt, wenn sich ein Dimensionsgewicht um 20 % in jede Richtung ändert (die übrigen neu normiert), längster Balken zuerst.</translation>
    </message>
    <message>
        <source>Band probabilities</source>
        <translation>Wahrscheinlichkeiten der Stufen</translation>
    </message>
    <message>
        <source>Share of %1 random weight vectors (Dirichlet, mean = the framework&apos;s weights, concentration %2, seed %3) that put the partner in each band.</source>
        <translation>Anteil von %1 zufälligen Gewichtsvektoren (Dirichlet, Mittelwert = die Gewichte des Rahmenwerks, Konzentration %2, Startwert %3), die den Partner in die jeweilige Stufe einordnen.</translation>
    </message>
    <message>
        <source>Smallest change that flips the verdict</source>
        <translation>Kleinste Änderung, die das Urteil kippt</translation>
    </message>
    <message>
        <source>Changing the weight of %1 from %2 to %3 (%4 %) moves the verdict to %5. No smaller change of a single dimension weight changes the band.</source>
        <translation>Wird das Gewicht von %1 von %2 auf %3 geändert (%4 %), wechselt das Urteil zu %5. Keine kleinere Änderung eines einzelnen Dimensionsgewichts ändert die Stufe.</translation>
    </message>
    <message>
        <source>No change of a single dimension weight changes the band.</source>
        <translation>Keine Änderung eines einzelnen Dimensionsgewichts ändert die Stufe.</translation>
    </message>
    <message>
        <source>Decision quality</source>
        <translation>Entscheidungsqualität</translation>
    </message>
    <message>
        <source>Consistency ratio %1 (%2; Saaty&apos;s limit is 0.10).</source>
        <translation>Konsistenzverhältnis %1 (%2; die Grenze nach Saaty ist 0,10).</translation>
    </message>
    <message>
        <source>inconsistent: revisit the judgments</source>
        <translation>inkonsistent: Urteile überprüfen</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>konsistent</translation>
    </message>
    <message>
        <source>Not applicable: the dimension weights are the framework&apos;s, not derived from pairwise comparison.</source>
        <translation>Nicht zutreffend: Die Dimensionsgewichte stammen aus dem Rahmenwerk, nicht aus einem Paarvergleich.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>%1 of the weighted criteria are assessed.</source>
        <translation>%1 der gewichteten Kriterien sind bewertet.</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Unresolved disagreements</source>
        <translation>Offene Meinungsverschiedenheiten</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Weights by pairwise comparison</source>
        <translation>Gewichte aus Paarvergleich</translation>
    </message>
    <message>
        <source>Band stability</source>
        <translation>Stabilität der Stufe</translation>
    </message>
    <message>
        <source>%1 of the weight draws keep the verdict at %2.</source>
        <translation>%1 der Gewichtsziehungen belassen das Urteil bei %2.</translation>
    </message>
    <message>
        <source>Where the assessors disagree</source>
        <translation>Wo die Bewertenden uneins sind</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <source>Consensus %1</source>
        <translation>Konsens %1</translation>
    </message>
    <message>
        <source>Open: to discuss</source>
        <translation>Offen: zu besprechen</translation>
    </message>
    <message>
        <source>No criterion has ratings 2 or more points apart.</source>
        <translation>Bei keinem Kriterium liegen die Bewertungen 2 oder mehr Punkte auseinander.</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Each assessor rates every criterion on an anchored 1–5 scale; a rating v counts as (v − 1) / 4 × 100. Several assessors&apos; numbers combine by their %1; a consensus agreed in discussion replaces it. Numbers that spread by 2 points or more without consensus are flagged for discussion.</source>
        <translation>Jede bewertende Person bewertet jedes Kriterium auf einer verankerten Skala von 1–5; eine Bewertung v zählt als (v − 1) / 4 × 100. Die Werte mehrerer Bewertender werden über ihren %1 zusammengefasst; ein in der Diskussion vereinbarter Konsens ersetzt ihn. Werte, die um 2 Punkte oder mehr ohne Konsens streuen, werden zur Diskussion markiert.</translation>
    </message>
    <message>
        <source>The three pillars are computed by models: culture similarity from both culture profiles (each axis 1–7 with a tolerance), the mutual-gain index as the geometric mean of value to us and value to the partner, and roadmap alignment from both roadmaps over six years (direction times relative commitment).</source>
        <translation>Die drei Säulen werden von Modellen berechnet: die Kulturähnlichkeit aus beiden Kulturprofilen (jede Achse 1–7 mit einer Toleranz), der Index des gegenseitigen Nutzens als geometrisches Mittel aus dem Nutzen für uns und für den Partner, und die Roadmap-Ausrichtung aus beiden Roadmaps über sechs Jahre (Richtung mal relative Verbindlichkeit).</translation>
    </message>
    <message>
        <source>A dimension scores the weighted mean of its scored criteria; the overall is the weighted mean of the assessed dimensions. Bands: %1. A knock-out overrides the band with Not recommended.</source>
        <translation>Eine Dimension erhält das gewichtete Mittel ihrer bewerteten Kriterien; der Gesamtwert ist das gewichtete Mittel der bewerteten Dimensionen. Stufen: %1. Ein Ausschlusskriterium ersetzt die Stufe durch Nicht empfohlen.</translation>
    </message>
    <message>
        <source>Confidence is High with at least 90 % coverage and no open disagreement, Medium with at least 70 % coverage, otherwise Low. Sensitivity uses one-at-a-time weight changes and a seeded Monte Carlo over the dimension weights, so the figures repeat on every computer.</source>
        <translation>Die Verlässlichkeit ist hoch bei mindestens 90 % Abdeckung und ohne offene Meinungsverschiedenheit, mittel bei mindestens 70 % Abdeckung, sonst niedrig. Die Sensitivität nutzt Änderungen je eines Gewichts und eine Monte-Carlo-Simulation mit festem Startwert über die Dimensionsgewichte, sodass die Zahlen auf jedem Rechner gleich ausfallen.</translation>
    </message>
    <message>
        <source>Every assessor&apos;s raw ratings</source>
        <translation>Die Rohbewertungen aller Bewertenden</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>PartnerFit %1</source>
        <translation>PartnerFit %1</translation>
    </message>
    <message>
        <source>PartnerFit %1, revision %2</source>
        <translation>PartnerFit %1, Revision %2</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>none (read from a file)</source>
        <translation>keine (aus einer Datei gelesen)</translation>
    </message>
    <message>
        <source>Record %1, version %2 of %3</source>
        <translation>Datensatz %1, Version %2 vom %3</translation>
    </message>
    <message>
        <source>Inputs SHA-256</source>
        <translation>SHA-256 der Eingaben</translation>
    </message>
    <message>
        <source>The SHA-256 is taken over the compact partnerfit.assessment JSON of the inputs (partnerfit-cli assessments export), so the same inputs always give the same value.</source>
        <translation>Der SHA-256 wird über das kompakte partnerfit.assessment-JSON der Eingaben gebildet (partnerfit-cli assessments export), sodass dieselben Eingaben immer denselben Wert ergeben.</translation>
    </message>
    <message>
        <source>The verdict does not depend on how the dimensions are weighted: the smallest change of a single weight that moves it to %1 is raising %2 from %3 to %4, %5 times its weight.</source>
        <translation>Das Urteil hängt nicht von der Gewichtung der Dimensionen ab: Die kleinste Änderung eines einzelnen Gewichts, die es auf %1 verschiebt, wäre, %2 von %3 auf %4 anzuheben, das %5-Fache seines Gewichts.</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::AssessmentReportData</name>
    <message>
        <source>%1 has no assessment yet: assess the partner before exporting a report.</source>
        <translation>%1 hat noch keine Bewertung: Bewerten Sie den Partner, bevor Sie einen Bericht exportieren.</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::AssessmentReportText</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>win-win</source>
        <translation>Win-win</translation>
    </message>
    <message>
        <source>we win, they do not: extractive and unstable</source>
        <translation>wir profitieren, der Partner nicht: einseitig und instabil</translation>
    </message>
    <message>
        <source>they win, we do not</source>
        <translation>der Partner profitiert, wir nicht</translation>
    </message>
    <message>
        <source>lose-lose</source>
        <translation>Lose-lose</translation>
    </message>
    <message>
        <source>short-term partnership with limited returns</source>
        <translation>kurzfristige Partnerschaft mit begrenztem Ertrag</translation>
    </message>
    <message>
        <source>long-term partnership</source>
        <translation>langfristige Partnerschaft</translation>
    </message>
    <message>
        <source>unknown (nothing to compare in the far horizon)</source>
        <translation>unbekannt (im fernen Horizont nichts zu vergleichen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Finalised (version %1)</source>
        <translation>Abgeschlossen (Version %1)</translation>
    </message>
    <message>
        <source>Draft (not finalised)</source>
        <translation>Entwurf (nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Gesundheitscheck</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::PortfolioReport</name>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Partner portfolio: %1</source>
        <translation>Partnerportfolio: %1</translation>
    </message>
    <message>
        <source>Ranking, mutual gain, pillars and rank stability against %2 version %3; partners ranked: %1</source>
        <translation>Rangfolge, gegenseitiger Nutzen, Säulen und Rangstabilität nach %2 Version %3; Partner in der Rangfolge: %1</translation>
    </message>
    <message>
        <source>PartnerFit · Portfolio report</source>
        <translation>PartnerFit · Portfoliobericht</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>PORTFOLIO REPORT</source>
        <translation>PORTFOLIOBERICHT</translation>
    </message>
    <message>
        <source>Partner portfolio</source>
        <translation>Partnerportfolio</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Highest ranked</source>
        <translation>Am höchsten eingestuft</translation>
    </message>
    <message>
        <source>Partners by band</source>
        <translation>Partner nach Stufe</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Partners ranked</source>
        <translation>Partner in der Rangfolge</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>%1 (%2), version %3</source>
        <translation>%1 (%2), Version %3</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Each partner is ranked by the overall score of its newest finalised assessment. The rank stability section shows how far a rank could move if the dimension weights were somewhat different.</source>
        <translation>Jeder Partner wird nach der Gesamtpunktzahl seiner neuesten abgeschlossenen Bewertung eingestuft. Der Abschnitt Rangstabilität zeigt, wie weit sich ein Rang verschieben könnte, wenn die Gewichte der Dimensionen etwas anders wären.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Ranked by overall score, highest first (partners: %1). Confidence combines how much of the weighted framework was assessed with unresolved disagreements between assessors.</source>
        <translation>Nach Gesamtpunktzahl geordnet, die höchste zuerst (Partner: %1). Die Verlässlichkeit verbindet, wie viel des gewichteten Rahmenwerks bewertet wurde, mit ungelösten Meinungsverschiedenheiten zwischen den Bewertenden.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>These selected partners have no finalised assessment and are not ranked: %1.</source>
        <translation>Diese ausgewählten Partner haben keine abgeschlossene Bewertung und sind nicht eingestuft: %1.</translation>
    </message>
    <message>
        <source>Mutual gain</source>
        <translation>Gegenseitiger Nutzen</translation>
    </message>
    <message>
        <source>Value to us against value to the partner; every partner is placed (placed: %1). The %2 highest ranked are dark and numbered with their rank; the table below lists every partner&apos;s quadrant.</source>
        <translation>Nutzen für uns gegen Nutzen für den Partner; jeder Partner ist eingetragen (eingetragen: %1). Die %2 am höchsten eingestuften sind dunkel und mit ihrem Rang nummeriert; die Tabelle darunter nennt den Quadranten jedes Partners.</translation>
    </message>
    <message>
        <source>Value to us against value to the partner for every placed partner.</source>
        <translation>Nutzen für uns gegen Nutzen für den Partner für jeden eingetragenen Partner.</translation>
    </message>
    <message>
        <source>Value to us</source>
        <translation>Nutzen für uns</translation>
    </message>
    <message>
        <source>Value to partner</source>
        <translation>Nutzen für den Partner</translation>
    </message>
    <message>
        <source>Mutual-gain index</source>
        <translation>Index des gegenseitigen Nutzens</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Every partner&apos;s mutual gain</source>
        <translation>Gegenseitiger Nutzen jedes Partners</translation>
    </message>
    <message>
        <source>Pillar comparison</source>
        <translation>Vergleich der Säulen</translation>
    </message>
    <message>
        <source>The three pillars of every ranked partner, 0–100, in ranking order: culture fit, mutual gain and roadmap alignment as the framework&apos;s dimensions score them. A dash means the pillar was not assessed.</source>
        <translation>Die drei Säulen jedes eingestuften Partners, 0–100, in der Rangfolge: kulturelle Passung, gegenseitiger Nutzen und Roadmap-Abstimmung, wie die Dimensionen des Rahmenwerks sie bewerten. Ein Strich bedeutet, dass die Säule nicht bewertet wurde.</translation>
    </message>
    <message>
        <source>Rank stability</source>
        <translation>Rangstabilität</translation>
    </message>
    <message>
        <source>The dimension weights are a judgement. To see how much the ranking depends on them, %1 sets of weights were drawn at random around the framework&apos;s weights (Dirichlet, concentration %2, seed %3) and the partners ranked again for each. The table shows the median rank, the range that holds 90 % of the draws, how often a partner stays in the top %4, and how often it keeps its band.</source>
        <translation>Die Gewichte der Dimensionen sind eine Einschätzung. Um zu sehen, wie stark die Rangfolge von ihnen abhängt, wurden %1 Gewichtssätze zufällig um die Gewichte des Rahmenwerks gezogen (Dirichlet, Konzentration %2, Startwert %3) und die Partner für jeden neu geordnet. Die Tabelle zeigt den Median des Rangs, den Bereich, der 90 % der Ziehungen enthält, wie oft ein Partner unter den ersten %4 bleibt und wie oft er seine Stufe behält.</translation>
    </message>
    <message>
        <source>Partners assessed against another framework than %2 version %3 are ranked above but left out of this analysis: %1.</source>
        <translation>Partner, die nach einem anderen Rahmenwerk als %2 Version %3 bewertet wurden, sind oben eingestuft, aber nicht Teil dieser Analyse: %1.</translation>
    </message>
    <message>
        <source>Median rank</source>
        <translation>Median des Rangs</translation>
    </message>
    <message>
        <source>90 % of draws</source>
        <translation>90 % der Ziehungen</translation>
    </message>
    <message>
        <source>In the top %1</source>
        <translation>Unter den ersten %1</translation>
    </message>
    <message>
        <source>Keeps its band</source>
        <translation>Behält seine Stufe</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Partners that hold the same rank in 90 % of the draws: %1 of %2. Bands kept in fewer than two draws of three are marked in red.</source>
        <translation>Partner, die in 90 % der Ziehungen denselben Rang halten: %1 von %2. Stufen, die in weniger als zwei von drei Ziehungen erhalten bleiben, sind rot markiert.</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>PartnerFit %1</source>
        <translation>PartnerFit %1</translation>
    </message>
    <message>
        <source>PartnerFit %1, revision %2</source>
        <translation>PartnerFit %1, Revision %2</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Punktzahlen</translation>
    </message>
    <message>
        <source>Recomputed from each partner&apos;s newest finalised assessment</source>
        <translation>Aus der neuesten abgeschlossenen Bewertung jedes Partners neu berechnet</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>%1 draws, concentration %2, seed %3, top %4</source>
        <translation>%1 Ziehungen, Konzentration %2, Startwert %3, erste %4</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::PortfolioReportData</name>
    <message>
        <source>&apos;%1&apos; is not a stage: use one of %2.</source>
        <translation>„%1“ ist keine Phase: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>No partner matches the selection: choose other stages or add partners.</source>
        <translation>Kein Partner passt zur Auswahl: Wählen Sie andere Phasen oder fügen Sie Partner hinzu.</translation>
    </message>
    <message>
        <source>None of the selected partners has a finalised assessment: finalise an assessment before exporting a portfolio report.</source>
        <translation>Keiner der ausgewählten Partner hat eine abgeschlossene Bewertung: Schließen Sie eine Bewertung ab, bevor Sie einen Portfoliobericht exportieren.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Phasen: %1</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::ReportPdfWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Das PDF konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The PDF&apos;s document information could not be written.</source>
        <translation>Die Dokumentinformationen des PDF konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
