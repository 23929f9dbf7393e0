<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AhpCalculator</name>
    <message>
        <source>the matrix is empty</source>
        <translation>la matrice est vide</translation>
    </message>
    <message>
        <source>at most 15 items can be compared, not %1</source>
        <translation>15 éléments au plus peuvent être comparés, et non %1</translation>
    </message>
    <message>
        <source>row %1 has %2 values; the matrix must be %3 × %3</source>
        <translation>la ligne %1 contient %2 valeurs&#xa0;; la matrice doit être de %3 × %3</translation>
    </message>
    <message>
        <source>%1 is not a positive number</source>
        <translation>%1 n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>the diagonal must be 1, not %1</source>
        <translation>la diagonale doit valoir 1, et non %1</translation>
    </message>
    <message>
        <source>%1 is not the reciprocal of %2 (expected %3)</source>
        <translation>%1 n’est pas l’inverse de %2 (%3 attendu)</translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos;</source>
        <translation>élément &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>an item cannot be compared with itself</source>
        <translation>un élément ne peut pas être comparé à lui-même</translation>
    </message>
    <message>
        <source>judgment %1 is outside Saaty&apos;s scale 1/9–9</source>
        <translation>le jugement %1 est hors de l’échelle de Saaty 1/9–9</translation>
    </message>
    <message>
        <source>no judgment compares &apos;%1&apos; with &apos;%2&apos;</source>
        <translation>aucun jugement ne compare &apos;%1&apos; à &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>AssessmentJson</name>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; n’est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>expected a built-in framework key or a framework object</source>
        <translation>clé de référentiel intégré ou objet référentiel attendu</translation>
    </message>
    <message>
        <source>unknown aggregation &apos;%1&apos; (expected median or mean)</source>
        <translation>agrégation &apos;%1&apos; inconnue (valeurs attendues&#xa0;: median ou mean)</translation>
    </message>
    <message>
        <source>expected a number 1–7 or null</source>
        <translation>nombre de 1 à 7 ou null attendu</translation>
    </message>
    <message>
        <source>unknown commitment &apos;%1&apos; (expected exploring, planned or committed)</source>
        <translation>engagement inconnu &apos;%1&apos; (attendu : exploring, planned ou committed)</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (expected invest, maintain or divest)</source>
        <translation>orientation inconnue &apos;%1&apos; (attendu : invest, maintain ou divest)</translation>
    </message>
    <message>
        <source>rating %1 is not a whole number 1–5</source>
        <translation>la note %1 n’est pas un entier de 1 à 5</translation>
    </message>
    <message>
        <source>rating %1 is outside 1–5</source>
        <translation>la note %1 est hors de 1–5</translation>
    </message>
    <message>
        <source>expected a rating 1–5, &quot;n/a&quot; or null</source>
        <translation>note de 1 à 5, &quot;n/a&quot; ou null attendue</translation>
    </message>
</context>
<context>
    <name>AssessmentScorer</name>
    <message>
        <source>below</source>
        <translation>inférieur à</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>inférieur ou égal à</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>égal à</translation>
    </message>
    <message>
        <source>%1 is %2, knock-out when %3 %4</source>
        <translation>%1 vaut %2, critère éliminatoire si %3 %4</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Non recommandé</translation>
    </message>
</context>
<context>
    <name>AssessmentValidator</name>
    <message>
        <source>a rating needs an assessor</source>
        <translation>une note nécessite un évaluateur</translation>
    </message>
    <message>
        <source>rating %1 is outside 1–5</source>
        <translation>la note %1 est hors de la plage 1–5</translation>
    </message>
    <message>
        <source>assessor &apos;%1&apos; already rated &apos;%2&apos; at $.ratings[%3]</source>
        <translation>l’évaluateur &apos;%1&apos; a déjà noté &apos;%2&apos; en $.ratings[%3]</translation>
    </message>
    <message>
        <source>consensus value %1 is outside 1–5</source>
        <translation>la valeur de consensus %1 est hors de la plage 1–5</translation>
    </message>
    <message>
        <source>a second consensus for &apos;%1&apos;</source>
        <translation>un second consensus pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown culture axis &apos;%1&apos;</source>
        <translation>axe culturel inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>culture value %1 is outside 1–7</source>
        <translation>la valeur culturelle %1 est hors de 1–7</translation>
    </message>
    <message>
        <source>a roadmap item needs a theme</source>
        <translation>un élément de feuille de route doit avoir un thème</translation>
    </message>
    <message>
        <source>last year %1 is before first year %2</source>
        <translation>la dernière année %1 précède la première année %2</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; is computed by a model and cannot be rated</source>
        <translation>le critère &apos;%1&apos; est calculé par un modèle et ne peut pas être noté</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos;</source>
        <translation>critère inconnu &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>FrameworkJson</name>
    <message>
        <source>unknown built-in framework &apos;%1&apos;</source>
        <translation>référentiel intégré &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>the built-in framework &apos;%1&apos; is missing from this build</source>
        <translation>le référentiel intégré &apos;%1&apos; est absent de cette version</translation>
    </message>
    <message>
        <source>a key must not be empty</source>
        <translation>une clé ne doit pas être vide</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>clé en double &apos;%1&apos;</translation>
    </message>
    <message>
        <source>weight %1 must be greater than 0</source>
        <translation>la pondération %1 doit être supérieure à 0</translation>
    </message>
    <message>
        <source>expected five anchor texts (levels 1 to 5), found %1</source>
        <translation>cinq textes d’ancrage attendus (niveaux 1 à 5), %1 trouvés</translation>
    </message>
    <message>
        <source>an anchor must be a non-empty text</source>
        <translation>un texte d’ancrage ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; attendu</translation>
    </message>
    <message>
        <source>a framework needs at least one dimension</source>
        <translation>un référentiel doit avoir au moins une dimension</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>dimension inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (expected culture, mutual_gain or roadmap)</source>
        <translation>modèle inconnu &apos;%1&apos; (attendu : culture, mutual_gain ou roadmap)</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; already computes another criterion</source>
        <translation>le modèle &apos;%1&apos; calcule déjà un autre critère</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected rated or computed)</source>
        <translation>type inconnu &apos;%1&apos; (attendu : rated ou computed)</translation>
    </message>
    <message>
        <source>unknown side &apos;%1&apos; (expected us or partner)</source>
        <translation>côté inconnu &apos;%1&apos; (attendu : us ou partner)</translation>
    </message>
    <message>
        <source>tolerance %1 is outside 0–6</source>
        <translation>la tolérance %1 est hors de 0–6</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos;</source>
        <translation>critère inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown comparison &apos;%1&apos; (expected below, at_most or equal)</source>
        <translation>comparaison inconnue &apos;%1&apos; (attendu : below, at_most ou equal)</translation>
    </message>
    <message>
        <source>a computed criterion has no rating; use the score scale</source>
        <translation>un critère calculé n’a pas de note ; utilisez l’échelle de score</translation>
    </message>
    <message>
        <source>unknown scale &apos;%1&apos; (expected score or rating)</source>
        <translation>échelle inconnue &apos;%1&apos; (attendu : score ou rating)</translation>
    </message>
    <message>
        <source>a framework needs at least one band</source>
        <translation>un référentiel doit avoir au moins un niveau</translation>
    </message>
    <message>
        <source>bands must be listed from the highest minimum to the lowest</source>
        <translation>les niveaux doivent être listés du minimum le plus élevé au plus bas</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>missing text</source>
        <translation>texte manquant</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>missing number</source>
        <translation>nombre manquant</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected a whole number, not %1</source>
        <translation>nombre entier attendu, et non %1</translation>
    </message>
    <message>
        <source>missing list</source>
        <translation>liste manquante</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>missing object</source>
        <translation>objet manquant</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot; attendu, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unsupported version %1 (this build reads version %2)</source>
        <translation>version %1 non prise en charge (cette version lit la version %2)</translation>
    </message>
</context>
<context>
    <name>PairwiseJson</name>
    <message>
        <source>expected an item key</source>
        <translation>clé d’élément attendue</translation>
    </message>
    <message>
        <source>duplicate item &apos;%1&apos;</source>
        <translation>élément &apos;%1&apos; en double</translation>
    </message>
    <message>
        <source>compare at least two items</source>
        <translation>comparez au moins deux éléments</translation>
    </message>
    <message>
        <source>give either &quot;matrix&quot; or &quot;judgments&quot;</source>
        <translation>indiquez soit &quot;matrix&quot;, soit &quot;judgments&quot;</translation>
    </message>
    <message>
        <source>expected a row of numbers</source>
        <translation>ligne de nombres attendue</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>%1 rows for %2 items</source>
        <translation>%1 lignes pour %2 éléments</translation>
    </message>
</context>
<context>
    <name>RecommendationRules</name>
    <message>
        <source>Lesson 1 – choose the people, not just the technology: culture similarity is %1 (below %2). Meet the partner&apos;s leadership and agree how decisions, risk and communication will work before committing.</source>
        <translation>Leçon 1 – choisissez les personnes, pas seulement la technologie&#xa0;: la similarité culturelle est de %1 (inférieure à %2). Rencontrez la direction du partenaire et convenez du fonctionnement des décisions, des risques et de la communication avant de vous engager.</translation>
    </message>
    <message>
        <source>Lesson 1 – choose the people, not just the technology: leadership commitment is rated %1 (2 or less). Secure a named executive sponsor with budget before investing further.</source>
        <translation>Leçon 1 – choisissez les personnes, pas seulement la technologie&#xa0;: l’engagement de la direction est noté %1 (2 ou moins). Obtenez un sponsor de direction nommément désigné et doté d’un budget avant d’investir davantage.</translation>
    </message>
    <message>
        <source>Lesson 2 – have a framework and work to it: agreed success metrics are rated %1 (2 or less). Agree measurable goals and a review cadence so success or failure shows early.</source>
        <translation>Leçon 2 – dotez-vous d’un cadre et respectez-le&#xa0;: les indicateurs de réussite convenus sont notés %1 (2 ou moins). Convenez d’objectifs mesurables et d’un rythme de revue pour que la réussite ou l’échec apparaisse tôt.</translation>
    </message>
    <message>
        <source>Lesson 3 – sign contracts but never look at them again: relationship over contract is rated %1 (2 or less). A partnership policed through its clauses is failing; rebuild shared risk and agenda or reconsider it.</source>
        <translation>Leçon 3 – signez les contrats, mais ne les consultez plus jamais&#xa0;: la relation avant le contrat est notée %1 (2 ou moins). Un partenariat régi par ses clauses est en échec&#xa0;; rétablissez un partage des risques et des objectifs, ou reconsidérez-le.</translation>
    </message>
    <message>
        <source>Lesson 4 – understand your partner&apos;s roadmap: far-horizon roadmap alignment is %1 (below %2). Expect a short-term partnership with limited returns.</source>
        <translation>Leçon 4 – comprenez la feuille de route de votre partenaire&#xa0;: l’alignement des feuilles de route à horizon lointain est de %1 (inférieur à %2). Attendez-vous à un partenariat de court terme aux retombées limitées.</translation>
    </message>
    <message>
        <source>Lesson 5 – make your partner successful: value to the partner is %1 and the balance of gains is %2 (thresholds %3 and %4). Plan enablement so the partner succeeds; that brings the larger long-term return.</source>
        <translation>Leçon 5 – faites réussir votre partenaire&#xa0;: la valeur pour le partenaire est de %1 et l’équilibre des gains de %2 (seuils %3 et %4). Planifiez l’accompagnement du partenaire pour qu’il réussisse&#xa0;; c’est ce qui apporte le meilleur retour à long terme.</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>ScoreResultText</name>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
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
        <translation>Verdict&#xa0;:       %1
</translation>
    </message>
    <message>
        <source>Overall:    %1
</source>
        <translation>Note globale&#xa0;:  %1
</translation>
    </message>
    <message>
        <source>Confidence: %1 (coverage %2%)
</source>
        <translation>Fiabilité&#xa0;:     %1 (couverture %2&#xa0;%)
</translation>
    </message>
    <message>
        <source>
Pillars
</source>
        <translation>
Piliers
</translation>
    </message>
    <message>
        <source>  Cultural fit       similarity %1
</source>
        <translation>  Adéquation culturelle             similarité %1
</translation>
    </message>
    <message>
        <source>  Mutual gain        index %1 (us %2, partner %3, %4)
</source>
        <translation>  Gain mutuel                       indice %1 (nous %2, partenaire %3, %4)
</translation>
    </message>
    <message>
        <source>  Roadmap alignment  direction %1 (near %2, far %3, %4)
</source>
        <translation>  Alignement des feuilles de route  direction %1 (proche %2, lointain %3, %4)
</translation>
    </message>
    <message>
        <source>
Dimensions
</source>
        <translation>
Dimensions
</translation>
    </message>
    <message>
        <source>
Knock-outs
</source>
        <translation>
Critères éliminatoires
</translation>
    </message>
    <message>
        <source>
To discuss (assessors differ by 2 points or more)
</source>
        <translation>
À discuter (écart de 2 points ou plus entre évaluateurs)
</translation>
    </message>
    <message>
        <source>
Recommendations
</source>
        <translation>
Recommandations
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
Sensibilité (pondération de chaque dimension ×0,8 … ×1,2)
</translation>
    </message>
    <message>
        <source>Band probabilities (%1 Dirichlet weight draws, concentration %2, seed %3)
</source>
        <translation>Probabilités des niveaux (%1 tirages de pondérations de Dirichlet, concentration %2, graine %3)
</translation>
    </message>
    <message>
        <source>Smallest band flip: %1 weight %2 → %3 (%4%) gives %5
</source>
        <translation>Plus petit changement de niveau&#xa0;: pondération de %1 %2 → %3 (%4&#xa0;%) donne %5
</translation>
    </message>
    <message>
        <source>Smallest band flip: no single dimension weight changes the band
</source>
        <translation>Plus petit changement de niveau&#xa0;: aucune pondération de dimension ne change à elle seule le niveau
</translation>
    </message>
    <message>
        <source>  (the weight would have to grow %1 times: the band does not hinge on the weights)
</source>
        <translation>  (le poids devrait être multiplié par %1 : la bande ne dépend pas des poids)
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PartnerFit: assess prospective and active business partners.</source>
        <translation>PartnerFit : évaluer les partenaires commerciaux potentiels et actifs.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: %1).</source>
        <translation>Le fichier d’espace de travail à ouvrir (par défaut : %1).</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
</context>
<context>
    <name>pf::core::AssessmentRepository</name>
    <message>
        <source>A rating needs a criterion and an assessor.</source>
        <translation>Une note nécessite un critère et un évaluateur.</translation>
    </message>
    <message>
        <source>The rating of %1 by %2 must be 1 to 5, not %3.</source>
        <translation>La note de %1 par %2 doit être comprise entre 1 et 5, et non %3.</translation>
    </message>
    <message>
        <source>save a rating</source>
        <translation>l’enregistrement d’une note</translation>
    </message>
    <message>
        <source>save the assessment</source>
        <translation>l’enregistrement de l’évaluation</translation>
    </message>
    <message>
        <source>An assessment needs a date.</source>
        <translation>Une évaluation nécessite une date.</translation>
    </message>
    <message>
        <source>create the assessment</source>
        <translation>la création de l’évaluation</translation>
    </message>
    <message>
        <source>import an assessment</source>
        <translation>l’importation d’une évaluation</translation>
    </message>
    <message>
        <source>store the score</source>
        <translation>l’enregistrement du score</translation>
    </message>
    <message>
        <source>list the assessments</source>
        <translation>la lecture de la liste des évaluations</translation>
    </message>
    <message>
        <source>read the assessment</source>
        <translation>la lecture de l’évaluation</translation>
    </message>
    <message>
        <source>The assessment does not exist; it may have been deleted.</source>
        <translation>L’évaluation n’existe pas&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>read the ratings</source>
        <translation>la lecture des notes</translation>
    </message>
    <message>
        <source>read the consensus</source>
        <translation>la lecture du consensus</translation>
    </message>
    <message>
        <source>This assessment is finalised and cannot change. Make a new version of it to record changes.</source>
        <translation>Cette évaluation est finalisée et ne peut plus être modifiée. Créez-en une nouvelle version pour enregistrer des modifications.</translation>
    </message>
    <message>
        <source>The assessment was changed elsewhere (in another window or by a colleague) since you opened it. Reload it to see the other changes, then make yours again.</source>
        <translation>L’évaluation a été modifiée ailleurs (dans une autre fenêtre ou par un collègue) depuis que vous l’avez ouverte. Rechargez-la pour voir ces modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>A consensus value must be between 1 and 5 (%1).</source>
        <translation>Une valeur de consensus doit être comprise entre 1 et 5 (%1).</translation>
    </message>
    <message>
        <source>save the consensus</source>
        <translation>l’enregistrement du consensus</translation>
    </message>
    <message>
        <source>finalise the assessment</source>
        <translation>la finalisation de l’évaluation</translation>
    </message>
    <message>
        <source>freeze the framework</source>
        <translation>le gel du référentiel</translation>
    </message>
    <message>
        <source>Only the current finalised version can be revised; this one was revised or changed elsewhere. Reload the assessment.</source>
        <translation>Seule la version finalisée actuelle peut être révisée&#xa0;; celle-ci a été révisée ou modifiée ailleurs. Rechargez l’évaluation.</translation>
    </message>
    <message>
        <source>revise the assessment</source>
        <translation>la révision de l’évaluation</translation>
    </message>
    <message>
        <source>set the next due date</source>
        <translation>la définition de la prochaine échéance</translation>
    </message>
    <message>
        <source>delete the draft</source>
        <translation>la suppression du brouillon</translation>
    </message>
    <message>
        <source>The draft was changed, finalised or deleted elsewhere. Reload it.</source>
        <translation>Le brouillon a été modifié, finalisé ou supprimé ailleurs. Rechargez-le.</translation>
    </message>
</context>
<context>
    <name>pf::core::AuditLog</name>
    <message>
        <source>read the audit log</source>
        <translation>la lecture du journal d’audit</translation>
    </message>
    <message>
        <source>import the audit log</source>
        <translation>l’importation du journal d’audit</translation>
    </message>
</context>
<context>
    <name>pf::core::FrameworkRepository</name>
    <message>
        <source>read the frameworks</source>
        <translation>la lecture des référentiels</translation>
    </message>
    <message>
        <source>read a framework</source>
        <translation>la lecture d’un référentiel</translation>
    </message>
    <message>
        <source>The framework does not exist.</source>
        <translation>Le référentiel n’existe pas.</translation>
    </message>
    <message>
        <source>The framework %1 version %2 is not in this workspace.</source>
        <translation>Le référentiel %1 version %2 ne figure pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>The workspace already has a different framework %1 version %2. Give the edited framework a new version number.</source>
        <translation>L’espace de travail contient déjà un autre référentiel %1 version %2. Attribuez un nouveau numéro de version au référentiel modifié.</translation>
    </message>
    <message>
        <source>A framework needs a key and a version.</source>
        <translation>Un référentiel nécessite une clé et une version.</translation>
    </message>
    <message>
        <source>add the framework %1</source>
        <translation>l’ajout du référentiel %1</translation>
    </message>
    <message>
        <source>save the framework</source>
        <translation>l’enregistrement du référentiel</translation>
    </message>
    <message>
        <source>This framework version is used by a finalised assessment and can no longer change. Copy it to a new version and edit that.</source>
        <translation>Cette version du référentiel est utilisée par une évaluation finalisée et ne peut plus être modifiée. Copiez-la dans une nouvelle version et modifiez celle-ci.</translation>
    </message>
    <message>
        <source>freeze the framework</source>
        <translation>le gel du référentiel</translation>
    </message>
</context>
<context>
    <name>pf::core::HomeProfileRepository</name>
    <message>
        <source>read the home profile</source>
        <translation>la lecture de notre profil</translation>
    </message>
    <message>
        <source>The roadmap item &quot;%1&quot; ends before it starts.</source>
        <translation>L’élément de feuille de route «&#xa0;%1&#xa0;» se termine avant de commencer.</translation>
    </message>
    <message>
        <source>save the home profile</source>
        <translation>l’enregistrement de notre profil</translation>
    </message>
    <message>
        <source>add the theme %1</source>
        <translation>l’ajout du thème %1</translation>
    </message>
</context>
<context>
    <name>pf::core::PartnerRepository</name>
    <message>
        <source>A partner needs a name.</source>
        <translation>Un partenaire doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner stage; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étape de partenariat&#xa0;; utilisez l’une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The roadmap item &quot;%1&quot; of %2 ends (%3) before it starts (%4).</source>
        <translation>L’élément de feuille de route «&#xa0;%1&#xa0;» de %2 se termine (%3) avant de commencer (%4).</translation>
    </message>
    <message>
        <source>read the partners</source>
        <translation>la lecture des partenaires</translation>
    </message>
    <message>
        <source>The partner no longer exists; it may have been deleted elsewhere.</source>
        <translation>Le partenaire n’existe plus&#xa0;; il a peut-être été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>There is no partner named &quot;%1&quot; in this workspace.</source>
        <translation>Aucun partenaire nommé «&#xa0;%1&#xa0;» dans cet espace de travail.</translation>
    </message>
    <message>
        <source>save the partner %1</source>
        <translation>l’enregistrement du partenaire %1</translation>
    </message>
    <message>
        <source>add the partner %1</source>
        <translation>l’ajout du partenaire %1</translation>
    </message>
    <message>
        <source>A partner named &quot;%1&quot; already exists.</source>
        <translation>Un partenaire nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere (in another window or by a colleague) since you opened it. Reload it to see the other changes, then make yours again.</source>
        <translation>%1 a été modifié ailleurs (dans une autre fenêtre ou par un collègue) depuis que vous l’avez ouvert. Rechargez-le pour voir ces modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>delete the partner</source>
        <translation>la suppression du partenaire</translation>
    </message>
    <message>
        <source>This partner has assessments, which are kept for the record. Set its stage to &quot;exited&quot; instead of deleting it.</source>
        <translation>Ce partenaire a des évaluations, qui sont conservées comme historique. Passez son étape à «&#xa0;Terminé&#xa0;» au lieu de le supprimer.</translation>
    </message>
    <message>
        <source>The partner was changed or deleted elsewhere since you opened it. Reload and try again.</source>
        <translation>Le partenaire a été modifié ou supprimé ailleurs depuis que vous l’avez ouvert. Rechargez et réessayez.</translation>
    </message>
    <message>
        <source>partners imported: %1, from %2</source>
        <translation>partenaires importés&#xa0;: %1, depuis %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>pf::core::PersonRepository</name>
    <message>
        <source>read the assessors</source>
        <translation>la lecture des évaluateurs</translation>
    </message>
    <message>
        <source>There is no assessor named &quot;%1&quot;.</source>
        <translation>Aucun évaluateur nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An assessor needs a name.</source>
        <translation>Un évaluateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>add the assessor %1</source>
        <translation>l’ajout de l’évaluateur %1</translation>
    </message>
    <message>
        <source>An assessor named &quot;%1&quot; already exists.</source>
        <translation>Un évaluateur nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>save the assessor %1</source>
        <translation>l’enregistrement de l’évaluateur %1</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since you opened it. Reload and try again.</source>
        <translation>%1 a été modifié ailleurs depuis que vous l’avez ouvert. Rechargez et réessayez.</translation>
    </message>
    <message>
        <source>%1 has ratings in assessments (%2), which keep their assessor for the record. Rename them instead if the name is wrong.</source>
        <translation>%1 a des notes dans des évaluations (%2), qui gardent leur évaluateur pour mémoire. Renommez plutôt cette personne si le nom est faux.</translation>
    </message>
    <message>
        <source>remove the assessor %1</source>
        <translation>retirer l’évaluateur %1</translation>
    </message>
    <message>
        <source>%1 was changed or removed elsewhere since you opened the list. Reload and try again.</source>
        <translation>%1 a été modifié ou retiré ailleurs depuis l’ouverture de la liste. Rechargez et réessayez.</translation>
    </message>
</context>
<context>
    <name>pf::core::SampleWorkspace</name>
    <message>
        <source>Creating the sample workspace was cancelled.</source>
        <translation>La création de l’espace de travail d’exemple a été annulée.</translation>
    </message>
</context>
<context>
    <name>pf::core::Workspace</name>
    <message>
        <source>save a culture profile</source>
        <translation>l’enregistrement d’un profil culturel</translation>
    </message>
    <message>
        <source>save a roadmap</source>
        <translation>l’enregistrement d’une feuille de route</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Check the path, or create a new workspace there.</source>
        <translation>Aucun espace de travail à l’emplacement %1. Vérifiez le chemin ou créez-y un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a PartnerFit workspace file.</source>
        <translation>%1 est un dossier, et non un fichier d’espace de travail PartnerFit.</translation>
    </message>
    <message>
        <source>The newest good backup is %1.</source>
        <translation>La sauvegarde valide la plus récente est %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace needs an upgrade, but the backup made before upgrading failed, so nothing was changed: %1</source>
        <translation>L’espace de travail doit être mis à niveau, mais la sauvegarde préalable a échoué&#xa0;; rien n’a donc été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>A backup from before the upgrade is at %1.</source>
        <translation>Une sauvegarde antérieure à la mise à niveau se trouve à l’emplacement %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new workspace.</source>
        <translation>%1 existe déjà. Ouvrez-le ou choisissez un autre nom pour le nouvel espace de travail.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another folder.</source>
        <translation>Le dossier %1 n’existe pas. Créez-le d’abord ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the default workspace. Check the permissions of its parent folder.</source>
        <translation>Impossible de créer le dossier %1 pour l’espace de travail par défaut. Vérifiez les autorisations de son dossier parent.</translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>Impossible d’exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>record the change in the audit log</source>
        <translation>l’inscription de la modification dans le journal d’audit</translation>
    </message>
    <message>
        <source>Could not %1: another program is changing the workspace. Try again in a moment.</source>
        <translation>Échec de %1&#xa0;: un autre programme modifie l’espace de travail. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Échec de %1&#xa0;: le disque est plein. Libérez de l’espace et réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not %1: the workspace is read-only. Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: l’espace de travail est en lecture seule. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not %1: the workspace is damaged (%2). Restore it from a backup.</source>
        <translation>Échec de %1&#xa0;: l’espace de travail est endommagé (%2). Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not %1: %2. Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation>l’enregistrement d’un paramètre</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>le démarrage d’une modification</translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation>La modification était déjà terminée.</translation>
    </message>
    <message>
        <source>The change was cancelled; nothing was saved.</source>
        <translation>La modification a été annulée&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>l’enregistrement de la modification</translation>
    </message>
    <message>
        <source>%1 is on a network share (%2), where the file cannot be locked safely and could be damaged. Copy it to a folder on this computer and open it there.</source>
        <translation>%1 se trouve sur un partage réseau (%2), où le fichier ne peut pas être verrouillé de manière sûre et risque d’être endommagé. Copiez-le dans un dossier de cet ordinateur et ouvrez-le depuis cet emplacement.</translation>
    </message>
    <message>
        <source>%1 is in a read-only location, so changes could not be saved. Copy it to a folder you can write to and open it there.</source>
        <translation>%1 se trouve dans un emplacement en lecture seule&#xa0;: les modifications n’ont pas pu être enregistrées. Copiez-le dans un dossier accessible en écriture et ouvrez-le depuis cet emplacement.</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace for use: %1. Close other programs using it and try again.</source>
        <translation>Impossible de préparer l’espace de travail&#xa0;: %1. Fermez les autres programmes qui l’utilisent et réessayez.</translation>
    </message>
    <message>
        <source>Cannot switch the workspace to write-ahead logging; another program may be using it. Close it and try again.</source>
        <translation>Impossible de passer l’espace de travail en journalisation anticipée (WAL)&#xa0;; un autre programme l’utilise peut-être. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Cannot upgrade the workspace: %1</source>
        <translation>Impossible de mettre à niveau l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Upgrading the workspace to format %1 failed (%2); it was left as it was.</source>
        <translation>La mise à niveau de l’espace de travail au format %1 a échoué (%2)&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>%1 is not a PartnerFit workspace. Choose a .partnerfit file, or create a new workspace.</source>
        <translation>%1 n’est pas un espace de travail PartnerFit. Choisissez un fichier .partnerfit ou créez un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close PartnerFit (or the other program using the file) elsewhere and try again.</source>
        <translation>%1 est verrouillé par un autre programme. Fermez PartnerFit (ou l’autre programme qui utilise le fichier) ailleurs et réessayez.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 est endommagé et illisible (%2). Il n’a pas été modifié&#xa0;; restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a PartnerFit workspace. Choose a .partnerfit file, or create a new workspace.</source>
        <translation>%1 est une base de données, mais pas un espace de travail PartnerFit. Choisissez un fichier .partnerfit ou créez un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer PartnerFit (workspace format %2; this version reads up to %3). Update PartnerFit to open it.</source>
        <translation>%1 a été enregistré par une version plus récente de PartnerFit (format d’espace de travail %2&#xa0;; cette version lit jusqu’au format %3). Mettez PartnerFit à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 est endommagé (%2). Il n’a pas été modifié&#xa0;; restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The workspace check found problems: %1. Restore a backup if the data is wrong.</source>
        <translation>La vérification de l’espace de travail a trouvé des problèmes&#xa0;: %1. Restaurez une sauvegarde si les données sont fausses.</translation>
    </message>
    <message>
        <source>The workspace check was cancelled.</source>
        <translation>La vérification de l’espace de travail a été annulée.</translation>
    </message>
</context>
<context>
    <name>pf::core::WorkspaceBackup</name>
    <message>
        <source>Cannot create the backup folder %1. Check that there is space and that you may write there.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1. Vérifiez qu’il reste de l’espace et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name for the backup.</source>
        <translation>%1 existe déjà. Choisissez un autre nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Impossible d’écrire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>write the backup %1</source>
        <translation>l’écriture de la sauvegarde %1</translation>
    </message>
    <message>
        <source>Cannot flush the backup %1 to disk.</source>
        <translation>Impossible d’écrire la sauvegarde %1 sur le disque.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check and was discarded: %2</source>
        <translation>La sauvegarde %1 n’a pas passé la vérification et a été supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot rename the backup into place at %1.</source>
        <translation>Impossible de renommer la sauvegarde pour la placer à l’emplacement %1.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>Impossible de restaurer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Impossible de lire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 aside before restoring.</source>
        <translation>Impossible de mettre %1 de côté avant la restauration.</translation>
    </message>
    <message>
        <source>%1 is still in use. Close PartnerFit everywhere it is open and restore again.</source>
        <translation>%1 est encore utilisé. Fermez PartnerFit partout où il est ouvert, puis relancez la restauration.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous file is kept.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2. Le fichier précédent est conservé.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>La restauration a été annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the disk is full (free some space and restore again)</source>
        <translation>le disque est plein (libérez de l’espace et restaurez à nouveau)</translation>
    </message>
</context>
<context>
    <name>pf::core::WorkspaceScoring</name>
    <message>
        <source>The stored framework %1 version %2 cannot be read: %3</source>
        <translation>Impossible de lire le référentiel enregistré %1 version %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The assessment cannot be finalised: %1</source>
        <translation>Impossible de finaliser l’évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>$.partner.name: the assessment does not name its partner.</source>
        <translation>$.partner.name&#xa0;: l’évaluation ne nomme pas son partenaire.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Évaluation importée</translation>
    </message>
    <message>
        <source>The built-in framework cannot be read: %1</source>
        <translation>Impossible de lire le référentiel intégré&#xa0;: %1</translation>
    </message>
    <message>
        <source>assessment %1: %2</source>
        <translation>évaluation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>assessment %1: the stored score (%2, %3) differs from a recomputation from its inputs (%4, %5)</source>
        <translation>évaluation %1&#xa0;: la note enregistrée (%2, %3) diffère d’un nouveau calcul à partir de ses données (%4, %5)</translation>
    </message>
</context>
<context>
    <name>pf::core::io::CsvDocument</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Un champ entre guillemets commençant à la ligne %1 n’est jamais fermé.</translation>
    </message>
</context>
<context>
    <name>pf::core::io::PartnerCsv</name>
    <message>
        <source>The first line must name the columns, including one called &quot;name&quot; (found: %1).</source>
        <translation>La première ligne doit nommer les colonnes, dont une appelée &quot;name&quot; (trouvé&#xa0;: %1).</translation>
    </message>
    <message>
        <source>has %1 fields but the header has %2.</source>
        <translation>contient %1 champs alors que l’en-tête en a %2.</translation>
    </message>
    <message>
        <source>has no name.</source>
        <translation>n’a pas de nom.</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is not one of %2.</source>
        <translation>l’étape &quot;%1&quot; ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on line %2.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>a partner named &quot;%1&quot; is already in the workspace.</source>
        <translation>un partenaire nommé «&#xa0;%1&#xa0;» existe déjà dans l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>pf::core::io::WorkspaceJson</name>
    <message>
        <source>$.format: expected &quot;%1&quot;; this is not a PartnerFit workspace export.</source>
        <translation>$.format&#xa0;: &quot;%1&quot; attendu&#xa0;; ce n’est pas un export d’espace de travail PartnerFit.</translation>
    </message>
    <message>
        <source>$.version: this PartnerFit reads workspace exports of version %1; update PartnerFit to read version %2.</source>
        <translation>$.version&#xa0;: cette version de PartnerFit lit les exports d’espace de travail de version %1&#xa0;; mettez PartnerFit à jour pour lire la version %2.</translation>
    </message>
    <message>
        <source>The workspace already has partners or assessments. Import a workspace export into a new, empty workspace.</source>
        <translation>L’espace de travail contient déjà des partenaires ou des évaluations. Importez un export d’espace de travail dans un nouvel espace de travail vide.</translation>
    </message>
    <message>
        <source>names no partner of this document</source>
        <translation>ne désigne aucun partenaire de ce document</translation>
    </message>
    <message>
        <source>names no framework of this document</source>
        <translation>ne désigne aucun référentiel de ce document</translation>
    </message>
    <message>
        <source>must name an earlier assessment</source>
        <translation>doit désigner une évaluation antérieure</translation>
    </message>
    <message>
        <source>kind, status or aggregation is not one PartnerFit knows</source>
        <translation>type, statut ou agrégation inconnu de PartnerFit</translation>
    </message>
    <message>
        <source>expected a date like 2026-11-26</source>
        <translation>date attendue au format 2026-11-26</translation>
    </message>
    <message>
        <source>%1 partners, %2 assessment versions</source>
        <translation>%1 partenaires, %2 versions d’évaluation</translation>
    </message>
    <message>
        <source>unknown commitment</source>
        <translation>engagement inconnu</translation>
    </message>
    <message>
        <source>unknown stance</source>
        <translation>orientation inconnue</translation>
    </message>
</context>
<context>
    <name>pf::ui::AboutDialog</name>
    <message>
        <source>About PartnerFit</source>
        <translation>À propos de PartnerFit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PartnerFit %1&lt;/h2&gt;&lt;p&gt;Decide which partners to commit to, and whether a partnership is still healthy.&lt;/p&gt;&lt;p&gt;%2Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The PartnerFit authors.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later (%5).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PartnerFit %1&lt;/h2&gt;&lt;p&gt;Décidez à quels partenaires vous engager et si un partenariat est toujours sain.&lt;/p&gt;&lt;p&gt;%2Compilé avec Qt %3, exécuté avec Qt %4.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Les auteurs de PartnerFit.&lt;br&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure (%5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Revision %1. </source>
        <translation>Révision %1. </translation>
    </message>
</context>
<context>
    <name>pf::ui::AddPartnerCommand</name>
    <message>
        <source>new partner %1</source>
        <translation>le nouveau partenaire %1</translation>
    </message>
    <message>
        <source>Adding %1 could not be undone.</source>
        <translation>L’ajout de %1 n’a pas pu être annulé.</translation>
    </message>
    <message>
        <source>Adding %1 could not be redone.</source>
        <translation>L’ajout de %1 n’a pas pu être rétabli.</translation>
    </message>
</context>
<context>
    <name>pf::ui::AddPersonCommand</name>
    <message>
        <source>new person %1</source>
        <translation>la nouvelle personne %1</translation>
    </message>
    <message>
        <source>Adding %1 could not be undone.</source>
        <translation>L’ajout de %1 n’a pas pu être annulé.</translation>
    </message>
    <message>
        <source>Adding %1 could not be redone.</source>
        <translation>L’ajout de %1 n’a pas pu être rétabli.</translation>
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
        <translation>&amp;Ajouter un évaluateur…</translation>
    </message>
    <message>
        <source>Rating as</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Rate as %1</source>
        <translation>Noter en tant que %1</translation>
    </message>
    <message>
        <source>Add yourself as an assessor of this partner</source>
        <translation>Vous ajouter comme évaluateur de ce partenaire</translation>
    </message>
    <message>
        <source>Rating as:</source>
        <translation>Évaluateur&#xa0;:</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>the Culture page</source>
        <translation>la page Culture</translation>
    </message>
    <message>
        <source>the Mutual gain page</source>
        <translation>la page Gain mutuel</translation>
    </message>
    <message>
        <source>the Roadmap page</source>
        <translation>la page Feuille de route</translation>
    </message>
    <message>
        <source>its page</source>
        <translation>sa page</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — computed: &lt;b&gt;%2&lt;/b&gt; / 100. &lt;a href=&quot;#&quot;&gt;Edit its inputs on %3&lt;/a&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — calculé&#xa0;: &lt;b&gt;%2&lt;/b&gt; / 100. &lt;a href=&quot;#&quot;&gt;Modifier ses données sur %3&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · not assessed yet</source>
        <translation>%1 · pas encore évalué</translation>
    </message>
    <message>
        <source>Choose who is rating, or add yourself</source>
        <translation>Choisissez l’évaluateur ou ajoutez-vous</translation>
    </message>
    <message>
        <source>%1 of %2 criteria rated by %3</source>
        <translation>%1 critères sur %2 notés par %3</translation>
    </message>
    <message>
        <source>Add Assessor</source>
        <translation>Ajouter un évaluateur</translation>
    </message>
    <message>
        <source>Name of the colleague who rates this partner:</source>
        <translation>Nom du collègue qui note ce partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Add yourself to the workspace&apos;s people and rate as yourself</source>
        <translation>Vous ajouter aux personnes de l’espace de travail et noter en votre nom</translation>
    </message>
</context>
<context>
    <name>pf::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>PartnerFit</source>
        <translation>PartnerFit</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>pf::ui::ConsensusDialog</name>
    <message>
        <source>Consensus on %1</source>
        <translation>Consensus sur %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The assessors rated %1. Agree one value in discussion and record why; the individual ratings stay visible.</source>
        <translation>Notes des évaluateurs&#xa0;: %1. Convenez d’une valeur en discutant et consignez pourquoi&#xa0;; les notes individuelles restent visibles.</translation>
    </message>
    <message>
        <source>Why the group agreed this value (required)</source>
        <translation>Pourquoi le groupe a retenu cette valeur (obligatoire)</translation>
    </message>
    <message>
        <source>Agreed &amp;value:</source>
        <translation>&amp;Valeur retenue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Withdraw Consensus</source>
        <translation>&amp;Retirer le consensus</translation>
    </message>
</context>
<context>
    <name>pf::ui::CulturePage</name>
    <message>
        <source>Axis (1 ↔ 7)</source>
        <translation>Axe (1 ↔ 7)</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Nous</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Weight %1, tolerance %2 points</source>
        <translation>Pondération %1, tolérance %2 points</translation>
    </message>
    <message>
        <source>Partner on %1 ↔ %2</source>
        <translation>Partenaire sur %1 ↔ %2</translation>
    </message>
    <message>
        <source>Our own position is not set: edit the home profile</source>
        <translation>Notre position n’est pas définie&#xa0;: modifiez notre profil</translation>
    </message>
    <message>
        <source>Needs a position on both sides</source>
        <translation>Position requise des deux côtés</translation>
    </message>
    <message>
        <source>Culture profiles</source>
        <translation>Profils culturels</translation>
    </message>
    <message>
        <source>Culture profiles are &lt;b&gt;%1 %&lt;/b&gt; similar. Our profile is part of the &lt;a href=&quot;home&quot;&gt;home profile&lt;/a&gt;.</source>
        <translation>Les profils culturels sont similaires à &lt;b&gt;%1&#xa0;%&lt;/b&gt;. Notre position fait partie de &lt;a href=&quot;home&quot;&gt;notre profil&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Place the partner on the axes below; our own positions come from the &lt;a href=&quot;home&quot;&gt;home profile&lt;/a&gt;. The fit needs at least one axis rated on both sides.</source>
        <translation>Placez le partenaire sur les axes ci-dessous&#xa0;; nos propres positions proviennent de &lt;a href=&quot;home&quot;&gt;notre profil&lt;/a&gt;. L’adéquation nécessite au moins un axe renseigné des deux côtés.</translation>
    </message>
</context>
<context>
    <name>pf::ui::EditHomeProfileCommand</name>
    <message>
        <source>home profile</source>
        <translation>notre profil</translation>
    </message>
    <message>
        <source>The home profile change could not be undone.</source>
        <translation>La modification de notre profil n’a pas pu être annulée.</translation>
    </message>
    <message>
        <source>The home profile change could not be redone.</source>
        <translation>La modification de notre profil n’a pas pu être rétablie.</translation>
    </message>
</context>
<context>
    <name>pf::ui::EditPartnerCommand</name>
    <message>
        <source>rename of partner %1</source>
        <translation>le renommage du partenaire %1</translation>
    </message>
    <message>
        <source>stage of %1</source>
        <translation>l’étape de %1</translation>
    </message>
    <message>
        <source>details of %1</source>
        <translation>les informations de %1</translation>
    </message>
    <message>
        <source>The change could not be undone.</source>
        <translation>La modification n’a pas pu être annulée.</translation>
    </message>
    <message>
        <source>The change could not be redone.</source>
        <translation>La modification n’a pas pu être rétablie.</translation>
    </message>
</context>
<context>
    <name>pf::ui::EditPersonCommand</name>
    <message>
        <source>rename of %1</source>
        <translation>le renommage de %1</translation>
    </message>
    <message>
        <source>role of %1</source>
        <translation>le rôle de %1</translation>
    </message>
    <message>
        <source>The change could not be undone.</source>
        <translation>La modification n’a pas pu être annulée.</translation>
    </message>
    <message>
        <source>The change could not be redone.</source>
        <translation>La modification n’a pas pu être rétablie.</translation>
    </message>
</context>
<context>
    <name>pf::ui::FileOpenFilter</name>
    <message>
        <source>Only files can be dropped here: a workspace (.partnerfit) to open or a CSV file (.csv) to import partners from.</source>
        <translation>Seuls des fichiers peuvent être déposés ici&#xa0;: un espace de travail (.partnerfit) à ouvrir ou un fichier CSV (.csv) dont importer des partenaires.</translation>
    </message>
    <message>
        <source>Drop one file at a time: a workspace (.partnerfit) to open or a CSV file (.csv) to import partners from.</source>
        <translation>Déposez un seul fichier à la fois&#xa0;: un espace de travail (.partnerfit) à ouvrir ou un fichier CSV (.csv) dont importer des partenaires.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer. Save it to a folder first, then drop it here.</source>
        <translation>%1 n’est pas un fichier de cet ordinateur. Enregistrez-le d’abord dans un dossier, puis déposez-le ici.</translation>
    </message>
    <message>
        <source>%1 was not opened: PartnerFit opens workspaces (.partnerfit) and imports partners from CSV files (.csv).</source>
        <translation>%1 n’a pas été ouvert&#xa0;: PartnerFit ouvre les espaces de travail (.partnerfit) et importe des partenaires depuis des fichiers CSV (.csv).</translation>
    </message>
</context>
<context>
    <name>pf::ui::HistoryPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Note globale</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Historique des évaluations</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Bilan de santé</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Health over time</source>
        <translation>Évolution de la santé</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>Aucune évaluation pour l’instant.</translation>
    </message>
    <message>
        <source>The overall fell by 10 points or more at: %1. Look at what changed.</source>
        <translation>La note globale a baissé de 10 points ou plus aux dates suivantes&#xa0;: %1. Examinez ce qui a changé.</translation>
    </message>
    <message>
        <source>Assessment versions: %1; the overall never fell by 10 points or more between checks.</source>
        <translation>Versions d’évaluation&#xa0;: %1&#xa0;; la note globale n’a jamais baissé de 10 points ou plus entre deux bilans.</translation>
    </message>
</context>
<context>
    <name>pf::ui::HomeProfileDialog</name>
    <message>
        <source>Home Profile</source>
        <translation>Notre profil</translation>
    </message>
    <message>
        <source>Every partner&apos;s fit is measured against our own organisation: place us on the culture axes and list where we are headed. New assessments take this profile; the draft you are editing is updated too.</source>
        <translation>L’adéquation de chaque partenaire est mesurée par rapport à notre organisation : placez-nous sur les axes culturels et indiquez où nous allons. Les nouvelles évaluations reprennent ce profil ; le brouillon en cours est également mis à jour.</translation>
    </message>
    <message>
        <source>Our culture</source>
        <translation>Notre culture</translation>
    </message>
    <message>
        <source>%1 ↔ %2:</source>
        <translation>%1 ↔ %2 :</translation>
    </message>
    <message>
        <source>Our roadmap</source>
        <translation>Notre feuille de route</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Themes (one per line)</source>
        <translation>Thèmes (un par ligne)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
</context>
<context>
    <name>pf::ui::MainWindow</name>
    <message>
        <source>The workspace file that holds every partner and assessment</source>
        <translation>Le fichier d’espace de travail qui contient tous les partenaires et toutes les évaluations</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Enregistrer l’espace de travail &amp;sous…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Workspace</source>
        <translation>Ouvrir l’espace d’e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>Sauve&amp;garder l’espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Check Workspace</source>
        <translation>&amp;Vérifier l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Import Partners from CSV…</source>
        <translation>&amp;Importer des partenaires (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Portfolio Report…</source>
        <translation>Exporter le rapport de &amp;portefeuille…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>Rec&amp;hercher un partenaire</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Add Partner…</source>
        <translation>&amp;Ajouter un partenaire…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>&amp;Modifier le partenaire…</translation>
    </message>
    <message>
        <source>&amp;Delete Partner…</source>
        <translation>&amp;Supprimer le partenaire…</translation>
    </message>
    <message>
        <source>Edit &amp;Home Profile…</source>
        <translation>Modifier notre &amp;profil…</translation>
    </message>
    <message>
        <source>&amp;New Assessment</source>
        <translation>&amp;Nouvelle évaluation</translation>
    </message>
    <message>
        <source>New &amp;Health Check</source>
        <translation>Nouveau &amp;bilan de santé</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finaliser…</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;About PartnerFit</source>
        <translation>&amp;À propos de PartnerFit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Rechercher des partenaires</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation>Aucun partenaire pour l’instant</translation>
    </message>
    <message>
        <source>PartnerFit scores prospective partners on cultural fit, mutual gain and roadmap alignment, explains every score and keeps every assessment in this workspace. Start by adding the partner you are evaluating, import your list from a spreadsheet, or explore the sample workspace.</source>
        <translation>PartnerFit note les partenaires potentiels sur l’adéquation culturelle, le gain mutuel et l’alignement des feuilles de route, explique chaque note et conserve chaque évaluation dans cet espace de travail. Commencez par ajouter le partenaire que vous évaluez, importez votre liste depuis un tableur ou explorez l’espace d’exemple.</translation>
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
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Fifteen fictional partners with assessments, disagreements and health checks</source>
        <translation>Quinze partenaires fictifs avec évaluations, désaccords et bilans de santé</translation>
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
        <translation>&amp;Réviser dans une nouvelle version</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filtrer par étape</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Any band</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Filter by band</source>
        <translation>Filtrer par niveau</translation>
    </message>
    <message>
        <source>Choose a partner</source>
        <translation>Choisissez un partenaire</translation>
    </message>
    <message>
        <source>Select a partner in the list to see its verdict and why, or add a new one.</source>
        <translation>Sélectionnez un partenaire dans la liste pour voir son verdict et sa justification, ou ajoutez-en un nouveau.</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Start a selection assessment before signing, or a health check of an active partnership. Colleagues can rate it with you.</source>
        <translation>Lancez une évaluation de sélection avant la signature, ou un bilan de santé d’un partenariat actif. Vos collègues peuvent noter avec vous.</translation>
    </message>
    <message>
        <source>Open the Newest Good Backup</source>
        <translation>Ouvrir la dernière sauvegarde valide</translation>
    </message>
    <message>
        <source>Open Another Workspace…</source>
        <translation>Ouvrir un autre espace de travail…</translation>
    </message>
    <message>
        <source>The partner&apos;s assessment could not be loaded.</source>
        <translation>L’évaluation du partenaire n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>%1 is not assessed yet</source>
        <translation>%1 n’est pas encore évalué</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>The partner could not be added.</source>
        <translation>Le partenaire n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>The partner could not be saved.</source>
        <translation>Le partenaire n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <source>The partner could not be deleted.</source>
        <translation>Le partenaire n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The assessment could not be started.</source>
        <translation>L’évaluation n’a pas pu être lancée.</translation>
    </message>
    <message>
        <source>Finalise this assessment? It becomes a fixed record; changes afterwards make a new version, and this cannot be undone.</source>
        <translation>Finaliser cette évaluation&#xa0;? Elle deviendra un enregistrement figé&#xa0;; toute modification ultérieure créera une nouvelle version. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Not assessed yet: %1.</source>
        <translation>Pas encore évalué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Finalise Assessment</source>
        <translation>Finaliser l’évaluation</translation>
    </message>
    <message>
        <source>The assessment could not be finalised.</source>
        <translation>L’évaluation n’a pas pu être finalisée.</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Évaluation finalisée</translation>
    </message>
    <message>
        <source>A new version could not be started.</source>
        <translation>Une nouvelle version n’a pas pu être créée.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>PartnerFit workspaces (%1)</source>
        <translation>Espaces de travail PartnerFit (%1)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>The home profile could not be read.</source>
        <translation>Notre profil n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The home profile could not be saved.</source>
        <translation>Notre profil n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It stays on screen until it is.</source>
        <translation>Votre dernière modification n’a pas pu être enregistrée&#xa0;: %1 Elle reste affichée jusqu’à son enregistrement.</translation>
    </message>
    <message>
        <source>Unsaved Change</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>Your last change could not be saved, even on a second try. Close anyway and lose it?</source>
        <translation>Votre dernière modification n’a pas pu être enregistrée, même au second essai. Fermer quand même et la perdre&#xa0;?</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Enregistrer l’espace de travail sous</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: PartnerFit never overwrites a workspace.</source>
        <translation>%1 existe déjà. Choisissez un autre nom&#xa0;: PartnerFit n’écrase jamais un espace de travail.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup “%2”? Changes made since that backup are no longer in the workspace; the current file is kept beside it first.</source>
        <translation>Remplacer «&#xa0;%1&#xa0;» par la sauvegarde «&#xa0;%2&#xa0;»&#xa0;? Les modifications faites depuis cette sauvegarde ne seront plus dans l’espace de travail&#xa0;; le fichier actuel est d’abord conservé à côté.</translation>
    </message>
    <message>
        <source>Unresolved disagreements: %1.</source>
        <translation>Désaccords non résolus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Import Partners from CSV</source>
        <translation>Importer des partenaires (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Delete “%1” from this workspace? Its details, contacts and profile are removed; Edit ▸ Undo brings them back.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de cet espace de travail&#xa0;? Ses informations, contacts et profil seront supprimés&#xa0;; Édition ▸ Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Write the selected partner&apos;s assessment report as a PDF</source>
        <translation>Enregistrer le rapport d&apos;évaluation du partenaire sélectionné en PDF</translation>
    </message>
    <message>
        <source>Write a PDF ranking the partners the list shows, with mutual gain, pillars and rank stability</source>
        <translation>Enregistrer en PDF le classement des partenaires affichés, avec le gain mutuel, les piliers et la stabilité du rang</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Preview and print the selected partner&apos;s assessment report</source>
        <translation>Prévisualiser et imprimer le rapport d&apos;évaluation du partenaire sélectionné</translation>
    </message>
    <message>
        <source>The filtered partner list</source>
        <translation>La liste de partenaires filtrée</translation>
    </message>
    <message>
        <source>Exported %1 (pages: %2)</source>
        <translation>%1 exporté (pages : %2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written or changed</source>
        <translation>Export annulé : %1 n&apos;a été ni écrit ni modifié</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The report could not be written to %1. %2</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1. %2</translation>
    </message>
    <message>
        <source>Loading partners…</source>
        <translation>Chargement des partenaires…</translation>
    </message>
    <message>
        <source>The partner list could not be read.</source>
        <translation>La liste des partenaires n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>No partner has tags yet: add them in the partner editor</source>
        <translation>Aucun partenaire n’a encore d’étiquette : ajoutez-en dans l’éditeur de partenaire</translation>
    </message>
    <message>
        <source>Show only partners with this tag</source>
        <translation>Afficher uniquement les partenaires portant cette étiquette</translation>
    </message>
</context>
<context>
    <name>pf::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>pf::ui::MutualGainPage</name>
    <message>
        <source>&lt;b&gt;Value to us&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valeur pour nous&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value to the partner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valeur pour le partenaire&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Who gains</source>
        <translation>Qui y gagne</translation>
    </message>
    <message>
        <source>Rate at least one input on each side: mutual gain is the geometric mean of the value to us and the value to the partner, so a win-win needs both. Rating as %1.</source>
        <translation>Notez au moins un critère de chaque côté&#xa0;: le gain mutuel est la moyenne géométrique de la valeur pour nous et de la valeur pour le partenaire&#xa0;; une relation gagnant-gagnant exige donc les deux. Évaluateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>nobody yet — add an assessor on the Assessment page</source>
        <translation>personne pour l’instant — ajoutez un évaluateur sur la page Évaluation</translation>
    </message>
    <message>
        <source>Win-win: both sides gain.</source>
        <translation>Gagnant-gagnant&#xa0;: les deux parties y gagnent.</translation>
    </message>
    <message>
        <source>We win, they do not: extractive and unstable.</source>
        <translation>Nous gagnons, pas eux&#xa0;: relation extractive et instable.</translation>
    </message>
    <message>
        <source>They win, we do not.</source>
        <translation>Ils gagnent, pas nous.</translation>
    </message>
    <message>
        <source>Lose-lose: neither side gains much.</source>
        <translation>Perdant-perdant&#xa0;: aucune partie n’y gagne vraiment.</translation>
    </message>
    <message>
        <source>Value to us &lt;b&gt;%1&lt;/b&gt; · to the partner &lt;b&gt;%2&lt;/b&gt; · mutual-gain index &lt;b&gt;%3&lt;/b&gt; · balance &lt;b&gt;%4&lt;/b&gt;. %5</source>
        <translation>Valeur pour nous &lt;b&gt;%1&lt;/b&gt; · pour le partenaire &lt;b&gt;%2&lt;/b&gt; · indice de gain mutuel &lt;b&gt;%3&lt;/b&gt; · équilibre &lt;b&gt;%4&lt;/b&gt;. %5</translation>
    </message>
</context>
<context>
    <name>pf::ui::OverviewPage</name>
    <message>
        <source>Cultural fit</source>
        <translation>Adéquation culturelle</translation>
    </message>
    <message>
        <source>Mutual gain</source>
        <translation>Gain mutuel</translation>
    </message>
    <message>
        <source>Roadmap alignment</source>
        <translation>Alignement des feuilles de route</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Pourquoi cette note</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Points d’attention</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Place both organisations on at least one culture axis to compute the fit.</source>
        <translation>Placez les deux organisations sur au moins un axe culturel pour calculer l’adéquation.</translation>
    </message>
    <message>
        <source>Culture profiles are %1 % similar.</source>
        <translation>Les profils culturels sont similaires à %1&#xa0;%.</translation>
    </message>
    <message>
        <source>Rate at least one value-to-us and one value-to-partner input.</source>
        <translation>Notez au moins un critère de valeur pour nous et un de valeur pour le partenaire.</translation>
    </message>
    <message>
        <source>win-win</source>
        <translation>gagnant-gagnant</translation>
    </message>
    <message>
        <source>we win, they do not: extractive and unstable</source>
        <translation>nous gagnons, pas eux&#xa0;: relation extractive et instable</translation>
    </message>
    <message>
        <source>they win, we do not</source>
        <translation>ils gagnent, pas nous</translation>
    </message>
    <message>
        <source>lose-lose</source>
        <translation>perdant-perdant</translation>
    </message>
    <message>
        <source>Value to us %1, to the partner %2: %3.</source>
        <translation>Valeur pour nous %1, pour le partenaire %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>List roadmap items for both organisations to compare where you are headed.</source>
        <translation>Saisissez les éléments de feuille de route des deux organisations pour comparer vos orientations.</translation>
    </message>
    <message>
        <source>Alignment in %1–%2 is %3/100: expect a short-term partnership (lesson 4).</source>
        <translation>Alignement sur %1–%2&#xa0;: %3/100. Attendez-vous à un partenariat de court terme (leçon 4).</translation>
    </message>
    <message>
        <source>Aligned for the long term (%1/100 in %2–%3).</source>
        <translation>Alignés sur le long terme (%1/100 sur %2–%3).</translation>
    </message>
    <message>
        <source>Nothing on our roadmap for %1–%2 yet.</source>
        <translation>Rien dans notre feuille de route pour %1–%2 pour l’instant.</translation>
    </message>
    <message>
        <source>Overall %1 of 100</source>
        <translation>Note globale %1 sur 100</translation>
    </message>
    <message>
        <source>Rate criteria on the Assessment page to compute the overall score</source>
        <translation>Notez les critères sur la page Évaluation pour calculer la note globale</translation>
    </message>
    <message>
        <source>%1 · %2 of the weight assessed</source>
        <translation>%1 · %2 de la pondération évaluée</translation>
    </message>
    <message>
        <source>%1 at %2/100 costs %3 points</source>
        <translation>%1 à %2/100 coûte %3 points</translation>
    </message>
    <message>
        <source>Nothing is scored yet. Rate criteria on the Assessment page.</source>
        <translation>Aucune note pour l’instant. Notez les critères sur la page Évaluation.</translation>
    </message>
    <message>
        <source>No criterion drags the score down by a point or more.</source>
        <translation>Aucun critère ne fait baisser la note d’un point ou plus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Biggest drags&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Principaux freins&lt;/b&gt;&#xa0;: %1</translation>
    </message>
    <message>
        <source>No recommendations: nothing triggered a rule.</source>
        <translation>Aucune recommandation&#xa0;: aucune règle n’a été déclenchée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Knock-out&lt;/b&gt;: %1 — %2</source>
        <translation>&lt;b&gt;Critère éliminatoire&lt;/b&gt;&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discuss&lt;/b&gt;: assessors disagree on %1 by 2 points or more</source>
        <translation>&lt;b&gt;À discuter&lt;/b&gt;&#xa0;: les évaluateurs divergent de 2 points ou plus sur %1</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Aucun point d’attention.</translation>
    </message>
</context>
<context>
    <name>pf::ui::PartnerDialog</name>
    <message>
        <source>Add Partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Organisation name (required)</source>
        <translation>Nom de l’organisation (obligatoire)</translation>
    </message>
    <message>
        <source>e.g. DACH, Nordics</source>
        <translation>p. ex. DACH, pays nordiques</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Régions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Éta&amp;pe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Responsa&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pf::ui::PartnerListModel</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>En évaluation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Technology partner</source>
        <translation>Partenaire technologique</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>Strategic alliance</source>
        <translation>Alliance stratégique</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>%1 — %2, finalised on %3</source>
        <translation>%1 — %2, date de finalisation&#xa0;: %3</translation>
    </message>
    <message>
        <source>The assessment is a draft: finalise it to fix its score</source>
        <translation>L’évaluation est un brouillon&#xa0;: finalisez-la pour figer sa note</translation>
    </message>
    <message>
        <source>No assessment yet: start one from the Assessment menu</source>
        <translation>Aucune évaluation pour l’instant&#xa0;: lancez-en une depuis le menu Évaluation</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Note globale</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
</context>
<context>
    <name>pf::ui::PartnerView</name>
    <message>
        <source>Overview</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Mutual gain</source>
        <translation>Gain mutuel</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 · coverage %2</source>
        <translation>%1 · couverture %2</translation>
    </message>
    <message>
        <source>Overall %1 of 100</source>
        <translation>Score global %1 sur 100</translation>
    </message>
    <message>
        <source>Rate criteria on the Assessment page to compute the overall score</source>
        <translation>Notez des critères sur la page Évaluation pour calculer le score global</translation>
    </message>
    <message>
        <source>%1 of the weight assessed</source>
        <translation>%1 du poids évalué</translation>
    </message>
</context>
<context>
    <name>pf::ui::PeopleActions</name>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <source>Add &amp;Me as Assessor</source>
        <translation>M’a&amp;jouter comme évaluateur</translation>
    </message>
    <message>
        <source>Add &amp;Assessor…</source>
        <translation>Ajouter un év&amp;aluateur…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Everyone who rates partners in this workspace</source>
        <translation>Toutes les personnes qui notent des partenaires dans cet espace de travail</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Rate as %1</source>
        <translation>Noter en tant que %1</translation>
    </message>
    <message>
        <source>%1 could not be added.</source>
        <translation>%1 n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>Add Me as Assessor</source>
        <translation>M’ajouter comme évaluateur</translation>
    </message>
    <message>
        <source>Your name as colleagues will see it beside your ratings:</source>
        <translation>Votre nom tel que vos collègues le verront à côté de vos notes&#xa0;:</translation>
    </message>
    <message>
        <source>Your name could not be remembered.</source>
        <translation>Votre nom n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Add Assessor</source>
        <translation>Ajouter un évaluateur</translation>
    </message>
    <message>
        <source>Name of the colleague who rates this partner:</source>
        <translation>Nom du collègue qui note ce partenaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pf::ui::PeopleDialog</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Everyone who rates partners in this workspace. Double-click a name or role to change it. Ratings keep their assessor, so someone who has rated cannot be removed.</source>
        <translation>Toutes les personnes qui notent des partenaires dans cet espace de travail. Double-cliquez sur un nom ou un rôle pour le modifier. Les notes gardent leur évaluateur&#xa0;: une personne qui a déjà noté ne peut donc pas être retirée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>%1 n’a pas pu être modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Name of the colleague who rates partners:</source>
        <translation>Nom du collègue qui note des partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 n’a pas pu être ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 ne peut pas être retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Assessments rated</source>
        <translation>Évaluations notées</translation>
    </message>
</context>
<context>
    <name>pf::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>PartnerFit backs up a workspace automatically at most once a day while it is in use and before every upgrade; older backups beyond this number are removed.</source>
        <translation>PartnerFit sauvegarde automatiquement un espace de travail au plus une fois par jour pendant son utilisation et avant chaque mise à niveau ; les sauvegardes plus anciennes au-delà de ce nombre sont supprimées.</translation>
    </message>
    <message>
        <source>The new language applies the next time PartnerFit starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de PartnerFit.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Automatic backups to keep:</source>
        <translation>Sauvegardes &amp;automatiques à conserver :</translation>
    </message>
</context>
<context>
    <name>pf::ui::RatingRow</name>
    <message>
        <source>Rate %1 of 5</source>
        <translation>Noter %1 sur 5</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>Not applicable to this partner (key 0)</source>
        <translation>Sans objet pour ce partenaire (touche 0)</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Effacer la note</translation>
    </message>
    <message>
        <source>Clear: not assessed yet (Delete)</source>
        <translation>Effacer&#xa0;: pas encore évalué (Suppr)</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>The assessors&apos; ratings differ by 2 points or more: agree a consensus value</source>
        <translation>Les notes des évaluateurs diffèrent de 2 points ou plus&#xa0;: convenez d’une valeur de consensus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Evidence behind this rating</source>
        <translation>Note de preuve à l’appui de cette note</translation>
    </message>
    <message>
        <source>Evidence: what did you see or hear that supports this rating?</source>
        <translation>Preuve&#xa0;: qu’avez-vous vu ou entendu qui justifie cette note&#xa0;?</translation>
    </message>
    <message>
        <source>Note ✓</source>
        <translation>Preuve ✓</translation>
    </message>
    <message>
        <source>Consensus %1 — %2</source>
        <translation>Consensus %1 — %2</translation>
    </message>
    <message>
        <source>Not applicable to this partner</source>
        <translation>Sans objet pour ce partenaire</translation>
    </message>
    <message>
        <source>Not assessed yet: hover over a level to read what it means</source>
        <translation>Pas encore évalué&#xa0;: survolez un niveau pour lire sa signification</translation>
    </message>
</context>
<context>
    <name>pf::ui::RecentWorkspacesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un espace ré&amp;cent</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>No Recent Workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Effacer le menu</translation>
    </message>
    <message>
        <source>Workspace Not Found</source>
        <translation>Espace de travail introuvable</translation>
    </message>
    <message>
        <source>The workspace “%1” is no longer at %2. It may have been moved, renamed or deleted. Remove it from the list of recent workspaces?</source>
        <translation>L’espace de travail «&#xa0;%1&#xa0;» ne se trouve plus à %2. Il a peut-être été déplacé, renommé ou supprimé. Le retirer de la liste des espaces de travail récents&#xa0;?</translation>
    </message>
</context>
<context>
    <name>pf::ui::RemovePartnerCommand</name>
    <message>
        <source>deletion of %1</source>
        <translation>la suppression de %1</translation>
    </message>
    <message>
        <source>Deleting %1 could not be undone.</source>
        <translation>La suppression de %1 n’a pas pu être annulée.</translation>
    </message>
    <message>
        <source>Deleting %1 could not be redone.</source>
        <translation>La suppression de %1 n’a pas pu être rétablie.</translation>
    </message>
</context>
<context>
    <name>pf::ui::RemovePersonCommand</name>
    <message>
        <source>removal of %1</source>
        <translation>le retrait de %1</translation>
    </message>
    <message>
        <source>Removing %1 could not be undone.</source>
        <translation>Le retrait de %1 n’a pas pu être annulé.</translation>
    </message>
    <message>
        <source>Removing %1 could not be redone.</source>
        <translation>Le retrait de %1 n’a pas pu être rétabli.</translation>
    </message>
</context>
<context>
    <name>pf::ui::ReportExportDialog</name>
    <message>
        <source>Archival PDF/A-1b</source>
        <translation>PDF/A-1b d&apos;archivage</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>For long-term archives: every font embedded, no transparency. The report looks the same either way.</source>
        <translation>Pour l&apos;archivage à long terme : toutes les polices incorporées, aucune transparence. Le rapport a le même aspect dans les deux cas.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>See the pages as they will print, and print them</source>
        <translation>Voir les pages telles qu&apos;elles seront imprimées, et les imprimer</translation>
    </message>
</context>
<context>
    <name>pf::ui::ReportExporter</name>
    <message>
        <source>Export PDF Report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Assessment report of %1</source>
        <translation>Rapport d&apos;évaluation de %1</translation>
    </message>
    <message>
        <source>%1 assessment</source>
        <translation>%1 évaluation</translation>
    </message>
    <message>
        <source>Export Portfolio Report</source>
        <translation>Exporter le rapport de portefeuille</translation>
    </message>
    <message>
        <source>Portfolio report: %1 (partners ranked: %2)</source>
        <translation>Rapport de portefeuille : %1 (partenaires classés : %2)</translation>
    </message>
    <message>
        <source>Partner portfolio</source>
        <translation>Portefeuille de partenaires</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Exporting Report</source>
        <translation>Export du rapport</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>Préparation de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Écriture de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existe déjà. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>pf::ui::RoadmapItemsModel</name>
    <message>
        <source>Exploring</source>
        <translation>Exploratoire</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Invest</source>
        <translation>Investir</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Maintenir</translation>
    </message>
    <message>
        <source>Divest</source>
        <translation>Désinvestir</translation>
    </message>
    <message>
        <source>The last year is before the first year</source>
        <translation>La dernière année précède la première année</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Orientation</translation>
    </message>
</context>
<context>
    <name>pf::ui::RoadmapPage</name>
    <message>
        <source>Our roadmap</source>
        <translation>Notre feuille de route</translation>
    </message>
    <message>
        <source>The partner&apos;s roadmap</source>
        <translation>Feuille de route du partenaire</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>List where each organisation is headed over %1–%2. Alignment compares the direction (invest, maintain, divest) and how firmly each side commits, theme by theme and year by year.</source>
        <translation>Indiquez l’orientation de chaque organisation sur %1–%2. L’alignement compare la direction (investir, maintenir, désinvestir) et la fermeté de l’engagement de chaque partie, thème par thème et année par année.</translation>
    </message>
    <message>
        <source>Expect a short-term partnership with limited returns (lesson 4).</source>
        <translation>Attendez-vous à un partenariat de court terme aux retombées limitées (leçon 4).</translation>
    </message>
    <message>
        <source>Headed the same way for the long term.</source>
        <translation>Même direction sur le long terme.</translation>
    </message>
    <message>
        <source>The far horizon cannot be judged yet.</source>
        <translation>L’horizon lointain ne peut pas encore être évalué.</translation>
    </message>
    <message>
        <source>Alignment &lt;b&gt;%1&lt;/b&gt; over %2–%3 · near (%2–%4) &lt;b&gt;%5&lt;/b&gt; · far (%6–%3) &lt;b&gt;%7&lt;/b&gt;. %8&lt;br&gt;Shared: %9 · Conflicts: %10 · Gaps: %11</source>
        <translation>Alignement &lt;b&gt;%1&lt;/b&gt; sur %2–%3 · horizon proche (%2–%4) &lt;b&gt;%5&lt;/b&gt; · horizon lointain (%6–%3) &lt;b&gt;%7&lt;/b&gt;. %8&lt;br&gt;Communs&#xa0;: %9 · Conflits&#xa0;: %10 · Écarts&#xa0;: %11</translation>
    </message>
</context>
<context>
    <name>pf::ui::ScaleButtons</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear: not rated</source>
        <translation>Effacer&#xa0;: non noté</translation>
    </message>
</context>
<context>
    <name>pf::ui::ScoreFormat</name>
    <message>
        <source>High confidence</source>
        <translation>Fiabilité élevée</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Fiabilité moyenne</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Fiabilité faible</translation>
    </message>
    <message>
        <source>Strong fit</source>
        <translation>Très bonne adéquation</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometteur</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Sous conditions</translation>
    </message>
    <message>
        <source>Weak fit</source>
        <translation>Faible adéquation</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Non recommandé</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
</context>
<context>
    <name>pf::ui::SetConsensusCommand</name>
    <message>
        <source>consensus on %1</source>
        <translation>le consensus sur %1</translation>
    </message>
</context>
<context>
    <name>pf::ui::SetCultureValueCommand</name>
    <message>
        <source>our culture on %1</source>
        <translation>notre culture sur %1</translation>
    </message>
    <message>
        <source>partner culture on %1</source>
        <translation>la culture du partenaire sur %1</translation>
    </message>
</context>
<context>
    <name>pf::ui::SetRatingCommand</name>
    <message>
        <source>note on %1</source>
        <translation>la note de preuve sur %1</translation>
    </message>
    <message>
        <source>rating of %1</source>
        <translation>la note de %1</translation>
    </message>
</context>
<context>
    <name>pf::ui::SetRoadmapCommand</name>
    <message>
        <source>our roadmap</source>
        <translation>notre feuille de route</translation>
    </message>
    <message>
        <source>partner roadmap</source>
        <translation>la feuille de route du partenaire</translation>
    </message>
</context>
<context>
    <name>pf::ui::UndoHistory</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
</context>
<context>
    <name>pf::ui::VerdictBadge</name>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
</context>
<context>
    <name>pf::ui::WorkspaceController</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Select a partner first.</source>
        <translation>Sélectionnez d’abord un partenaire.</translation>
    </message>
    <message>
        <source>Health check %1</source>
        <translation>Bilan de santé %1</translation>
    </message>
    <message>
        <source>Selection %1</source>
        <translation>Sélection %1</translation>
    </message>
    <message>
        <source>There is no draft assessment to finalise.</source>
        <translation>Aucun brouillon d’évaluation à finaliser.</translation>
    </message>
    <message>
        <source>Only a finalised assessment can be revised.</source>
        <translation>Seule une évaluation finalisée peut être révisée.</translation>
    </message>
    <message>
        <source>Your last change is not saved yet. Retry saving it first.</source>
        <translation>Votre dernière modification n’est pas encore enregistrée. Réessayez d’abord de l’enregistrer.</translation>
    </message>
    <message>
        <source>There is no draft assessment to store it in.</source>
        <translation>Aucun brouillon d’évaluation ne peut la recevoir.</translation>
    </message>
</context>
<context>
    <name>pf::ui::WorkspaceEditor</name>
    <message>
        <source>It no longer exists; it may have been deleted elsewhere.</source>
        <translation>Cet élément n’existe plus&#xa0;; il a peut-être été supprimé ailleurs.</translation>
    </message>
</context>
<context>
    <name>pf::ui::WorkspaceTasks</name>
    <message>
        <source>The daily backup failed. %1</source>
        <translation>La sauvegarde quotidienne a échoué. %1</translation>
    </message>
    <message>
        <source>Wait until the current work has finished, or cancel it.</source>
        <translation>Attendez la fin du travail en cours, ou annulez-le.</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d’abord un espace de travail.</translation>
    </message>
    <message>
        <source>Your last change is not saved yet. Retry saving it first.</source>
        <translation>Votre dernière modification n’est pas encore enregistrée. Réessayez d’abord de l’enregistrer.</translation>
    </message>
    <message>
        <source>Reading partners from %1…</source>
        <translation>Lecture des partenaires de %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>L’importation a été annulée&#xa0;; l’espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. %2</source>
        <translation>Rien n’a été importé depuis %1. %2</translation>
    </message>
    <message>
        <source>Import Partners</source>
        <translation>Importer des partenaires</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported; these cannot:

%3

Import the %1 valid rows only?</source>
        <translation>%1 lignes sur %2 peuvent être importées&#xa0;; celles-ci non&#xa0;:

%3

Importer uniquement les %1 lignes valides&#xa0;?</translation>
    </message>
    <message>
        <source>Importing partners from %1…</source>
        <translation>Importation des partenaires de %1…</translation>
    </message>
    <message>
        <source>Imported partners from %1: %2.</source>
        <translation>Partenaires importés depuis %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The partners could not be imported; nothing was changed. %1</source>
        <translation>Les partenaires n’ont pas pu être importés&#xa0;; rien n’a été modifié. %1</translation>
    </message>
    <message>
        <source>Creating the sample workspace…</source>
        <translation>Création de l’espace de travail d’exemple…</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The sample workspace was not created.</source>
        <translation>L’espace de travail d’exemple n’a pas été créé.</translation>
    </message>
    <message>
        <source>The sample workspace could not be created. %1</source>
        <translation>L’espace de travail d’exemple n’a pas pu être créé. %1</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Vérification de l’espace de travail…</translation>
    </message>
    <message>
        <source>The workspace check was cancelled.</source>
        <translation>La vérification de l’espace de travail a été annulée.</translation>
    </message>
    <message>
        <source>The workspace is intact: every check passed.</source>
        <translation>L’espace de travail est intact&#xa0;: toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>The workspace has problems: %1 Restore a backup or send the file to support.</source>
        <translation>L’espace de travail présente des problèmes&#xa0;: %1 Restaurez une sauvegarde ou envoyez le fichier au support.</translation>
    </message>
    <message>
        <source>Backing up the workspace…</source>
        <translation>Sauvegarde de l’espace de travail…</translation>
    </message>
    <message>
        <source>The backup was cancelled; no backup was made.</source>
        <translation>La sauvegarde a été annulée&#xa0;; aucune sauvegarde n’a été créée.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>The backup failed. %1</source>
        <translation>La sauvegarde a échoué. %1</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Enregistrement d’une copie sous %1…</translation>
    </message>
    <message>
        <source>Save As was cancelled; no copy was made.</source>
        <translation>«&#xa0;Enregistrer sous&#xa0;» a été annulé&#xa0;; aucune copie n’a été créée.</translation>
    </message>
    <message>
        <source>The workspace could not be saved under the new name. %1</source>
        <translation>L’espace de travail n’a pas pu être enregistré sous le nouveau nom. %1</translation>
    </message>
    <message>
        <source>The backup could not be restored. %1</source>
        <translation>La sauvegarde n’a pas pu être restaurée. %1</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <source>The restore was cancelled; the workspace is unchanged.</source>
        <translation>La restauration a été annulée&#xa0;; l’espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>Restored from %1. The previous file is kept as %2.</source>
        <translation>Restauré depuis %1. Le fichier précédent est conservé sous %2.</translation>
    </message>
    <message>
        <source>%1 was not opened: PartnerFit opens workspaces (.partnerfit) and imports partners from CSV files (.csv).</source>
        <translation>%1 n’a pas été ouvert&#xa0;: PartnerFit ouvre les espaces de travail (.partnerfit) et importe des partenaires depuis des fichiers CSV (.csv).</translation>
    </message>
    <message>
        <source>%1 was not opened: wait until the current work has finished, or cancel it.</source>
        <translation>%1 n’a pas été ouvert&#xa0;: attendez la fin du travail en cours, ou annulez-le.</translation>
    </message>
    <message>
        <source>Open a workspace first, then import %1 into it.</source>
        <translation>Ouvrez d’abord un espace de travail, puis importez-y %1.</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::BandProbabilityChart</name>
    <message>
        <source>How likely each verdict is</source>
        <translation>Probabilité de chaque verdict</translation>
    </message>
    <message>
        <source>Run the sensitivity analysis to see how firm the verdict is.</source>
        <translation>Lancez l’analyse de sensibilité pour mesurer la solidité du verdict.</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Probabilité (%)</translation>
    </message>
    <message>
        <source>Current verdict</source>
        <translation>Verdict actuel</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>From %1 draws of the weights around the framework&apos;s weights.</source>
        <translation>D’après %1 tirages de pondérations autour des pondérations du référentiel.</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::Chart</name>
    <message>
        <source>There is nothing to show until the assessment has the data for this chart.</source>
        <translation>Rien à afficher tant que l’évaluation ne contient pas les données de ce graphique.</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::ChartFormat</name>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Strong fit</source>
        <translation>Très bonne adéquation</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometteur</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Sous conditions</translation>
    </message>
    <message>
        <source>Weak fit</source>
        <translation>Faible adéquation</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Non recommandé</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Commun</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::ChartWidget</name>
    <message>
        <source>Chart; the same data is available as a table.</source>
        <translation>Graphique&#xa0;; les mêmes données sont disponibles sous forme de tableau.</translation>
    </message>
    <message>
        <source>%1 — Data</source>
        <translation>%1 — Données</translation>
    </message>
    <message>
        <source>Show Data as Table…</source>
        <translation>Afficher les données en tableau…</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::ContributionBarsChart</name>
    <message>
        <source>Why this score</source>
        <translation>Pourquoi cette note</translation>
    </message>
    <message>
        <source>Rate criteria to see what makes up the overall score.</source>
        <translation>Notez les critères pour voir la composition de la note globale.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Biggest drag</source>
        <translation>Principal frein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Note globale</translation>
    </message>
    <message>
        <source>%1 (%2 points, scored %3)</source>
        <translation>%1 (%2 points, score %3)</translation>
    </message>
    <message>
        <source>Biggest drags: %1.</source>
        <translation>Principaux freins&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Contribution (points of the overall)</source>
        <translation>Contribution (points de la note globale)</translation>
    </message>
    <message>
        <source>Points left at full marks</source>
        <translation>Points restants jusqu’à la note maximale</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::QuadrantChart</name>
    <message>
        <source>Win-win</source>
        <translation>Gagnant-gagnant</translation>
    </message>
    <message>
        <source>We win</source>
        <translation>Nous gagnons</translation>
    </message>
    <message>
        <source>They win</source>
        <translation>Ils gagnent</translation>
    </message>
    <message>
        <source>Lose-lose</source>
        <translation>Perdant-perdant</translation>
    </message>
    <message>
        <source>Mutual gain</source>
        <translation>Gain mutuel</translation>
    </message>
    <message>
        <source>Rate at least one value-to-us and one value-to-partner criterion.</source>
        <translation>Notez au moins un critère de valeur pour nous et un de valeur pour le partenaire.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Value to us</source>
        <translation>Valeur pour nous</translation>
    </message>
    <message>
        <source>Value to partner</source>
        <translation>Valeur pour le partenaire</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>%1: value to us %2, value to partner %3 (%4)</source>
        <translation>%1&#xa0;: valeur pour nous %2, valeur pour le partenaire %3 (%4)</translation>
    </message>
    <message>
        <source>Value to us →</source>
        <translation>Valeur pour nous →</translation>
    </message>
    <message>
        <source>Value to partner →</source>
        <translation>Valeur pour le partenaire →</translation>
    </message>
    <message>
        <source>Not placed (not assessed): %1</source>
        <translation>Non placés (non évalués)&#xa0;: %1</translation>
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
        <translation>Un profil nécessite au moins trois axes.</translation>
    </message>
    <message>
        <source>No axis has a rating yet.</source>
        <translation>Aucun axe n’est encore noté.</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Low pole</source>
        <translation>Pôle bas</translation>
    </message>
    <message>
        <source>High pole</source>
        <translation>Pôle haut</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::ResultChartData</name>
    <message>
        <source>exploring</source>
        <translation>exploratoire</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>engagé</translation>
    </message>
    <message>
        <source>invest</source>
        <translation>investir</translation>
    </message>
    <message>
        <source>maintain</source>
        <translation>maintenir</translation>
    </message>
    <message>
        <source>divest</source>
        <translation>désinvestir</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Nous</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
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
        <translation>Feuilles de route</translation>
    </message>
    <message>
        <source>Add roadmap items for both sides to compare where each is headed.</source>
        <translation>Ajoutez des éléments de feuille de route des deux côtés pour comparer leurs orientations.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Nous</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Proche</translation>
    </message>
    <message>
        <source>Far</source>
        <translation>Lointain</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::TornadoChart</name>
    <message>
        <source>Sensitivity to the weights</source>
        <translation>Sensibilité aux pondérations</translation>
    </message>
    <message>
        <source>The sensitivity needs an overall score.</source>
        <translation>La sensibilité nécessite une note globale.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Overall %1</source>
        <translation>Note globale %1</translation>
    </message>
    <message>
        <source>Weight ×0.8</source>
        <translation>Pondération ×0,8</translation>
    </message>
    <message>
        <source>Weight ×1.2</source>
        <translation>Pondération ×1,2</translation>
    </message>
</context>
<context>
    <name>pf::ui::charts::TrendChart</name>
    <message>
        <source>Health over time</source>
        <translation>Évolution de la santé</translation>
    </message>
    <message>
        <source>Finalise an assessment to start the history.</source>
        <translation>Finalisez une évaluation pour démarrer l’historique.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Drops of %1 or more</source>
        <translation>Baisses de %1 ou plus</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 le %3</translation>
    </message>
    <message>
        <source>Drops of %1 or more: %2.</source>
        <translation>Baisses de %1 ou plus&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::AssessmentReport</name>
    <message>
        <source>Partner assessment: %1</source>
        <translation>Évaluation du partenaire : %1</translation>
    </message>
    <message>
        <source>%1 against %2 version %3, %4: %5, overall %6/100</source>
        <translation>%1 selon %2 version %3, %4 : %5, score global %6/100</translation>
    </message>
    <message>
        <source>PartnerFit · Partner assessment</source>
        <translation>PartnerFit · Évaluation du partenaire</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>PARTNER ASSESSMENT</source>
        <translation>ÉVALUATION DU PARTENAIRE</translation>
    </message>
    <message>
        <source>Overall %1/100</source>
        <translation>Score global %1/100</translation>
    </message>
    <message>
        <source>%1 · %2 of the weighted criteria assessed</source>
        <translation>%1 · %2 des critères pondérés évalués</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict :</translation>
    </message>
    <message>
        <source>not assessed yet. %1</source>
        <translation>pas encore évalué. %1</translation>
    </message>
    <message>
        <source>Knock-out: </source>
        <translation>Critère éliminatoire : </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Date de l’évaluation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>%1 (%2), version %3</source>
        <translation>%1 (%2), version %3</translation>
    </message>
    <message>
        <source>Partner owner</source>
        <translation>Responsable du partenaire</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Partner notes</source>
        <translation>Notes sur le partenaire</translation>
    </message>
    <message>
        <source>Score by dimension</source>
        <translation>Score par dimension</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse pour la décision</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Verdict: %1 with an overall score of %2/100 (%3). %4 of the weighted criteria are assessed; unresolved disagreements between assessors: %5.</source>
        <translation>Verdict : %1 avec un score global de %2/100 (%3). %4 des critères pondérés sont évalués ; désaccords non résolus entre évaluateurs : %5.</translation>
    </message>
    <message>
        <source>The three pillars</source>
        <translation>Les trois piliers</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>What the model says</source>
        <translation>Ce que dit le modèle</translation>
    </message>
    <message>
        <source>Culture profile similarity %1/100 over the axes rated on both sides.</source>
        <translation>Similarité des profils culturels %1/100 sur les axes évalués des deux côtés.</translation>
    </message>
    <message>
        <source>Mutual-gain index %1/100: value to us %2, to the partner %3 (%4).</source>
        <translation>Indice de gain mutuel %1/100 : valeur pour nous %2, pour le partenaire %3 (%4).</translation>
    </message>
    <message>
        <source>Direction %1/100, near horizon %2, far horizon %3: %4.</source>
        <translation>Direction %1/100, horizon proche %2, horizon lointain %3 : %4.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Points of the overall</source>
        <translation>Points du score global</translation>
    </message>
    <message>
        <source>Every dimension</source>
        <translation>Toutes les dimensions</translation>
    </message>
    <message>
        <source>Top strengths</source>
        <translation>Principales forces</translation>
    </message>
    <message>
        <source>%1: %2/100</source>
        <translation>%1 : %2/100</translation>
    </message>
    <message>
        <source>No criterion scores 60 or more.</source>
        <translation>Aucun critère n’atteint 60 ou plus.</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Principaux risques</translation>
    </message>
    <message>
        <source>Assessors disagree by 2 points or more, with no consensus yet, on: %1.</source>
        <translation>Les évaluateurs divergent de 2 points ou plus, sans consensus pour l’instant, sur : %1.</translation>
    </message>
    <message>
        <source>No criterion scores below 60 and no disagreement is open.</source>
        <translation>Aucun critère sous 60 et aucun désaccord ouvert.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>No rule fired: nothing to recommend beyond the usual reviews.</source>
        <translation>Aucune règle déclenchée : rien à recommander au-delà des revues habituelles.</translation>
    </message>
    <message>
        <source>Knock-outs</source>
        <translation>Critères éliminatoires</translation>
    </message>
    <message>
        <source>None: no knock-out rule fired.</source>
        <translation>Aucun : aucun critère éliminatoire déclenché.</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Pilier : %1</translation>
    </message>
    <message>
        <source>Culture profile similarity is %1/100; the dimension scores %2/100. Each axis runs from 1 to 7 between its two poles; a distance within the axis&apos; tolerance counts as a full fit.</source>
        <translation>La similarité des profils culturels est de %1/100 ; la dimension obtient %2/100. Chaque axe va de 1 à 7 entre ses deux pôles ; un écart dans la tolérance de l’axe compte comme une adéquation complète.</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Nous</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Value to us %1/100, value to the partner %2/100: mutual-gain index %3/100 (the geometric mean, zero when either side gains nothing), balance %4. Quadrant: %5.</source>
        <translation>Valeur pour nous %1/100, valeur pour le partenaire %2/100 : indice de gain mutuel %3/100 (la moyenne géométrique, nulle si l’un des côtés ne gagne rien), équilibre %4. Quadrant : %5.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Value to</source>
        <translation>Valeur pour</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>le partenaire</translation>
    </message>
    <message>
        <source>us</source>
        <translation>nous</translation>
    </message>
    <message>
        <source>Direction over %1–%2 is %3/100; near horizon (%1–%4) %5, far horizon (%6–%2) %7. Expected: %8.</source>
        <translation>La direction sur %1–%2 est de %3/100 ; horizon proche (%1–%4) %5, horizon lointain (%6–%2) %7. Attendu : %8.</translation>
    </message>
    <message>
        <source>Shared themes</source>
        <translation>Thèmes communs</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Gaps (one side only)</source>
        <translation>Écarts (un seul côté)</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>engagé</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>exploring</source>
        <translation>exploratoire</translation>
    </message>
    <message>
        <source>invest</source>
        <translation>investir</translation>
    </message>
    <message>
        <source>maintain</source>
        <translation>maintenir</translation>
    </message>
    <message>
        <source>divest</source>
        <translation>désinvestir</translation>
    </message>
    <message>
        <source>Roadmap items</source>
        <translation>Éléments des feuilles de route</translation>
    </message>
    <message>
        <source>Criteria and evidence</source>
        <translation>Critères et éléments probants</translation>
    </message>
    <message>
        <source>Every rated criterion with the anchor text of the level it reached, each assessor&apos;s rating (1–5), the spread between them, any consensus agreed in discussion and the evidence notes. A spread of 2 or more without consensus is marked for discussion.</source>
        <translation>Chaque critère évalué avec le texte d’ancrage du niveau atteint, la note de chaque évaluateur (1–5), l’écart entre elles, le consensus éventuellement convenu en discussion et les notes de preuve. Un écart de 2 ou plus sans consensus est marqué à discuter.</translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation>Score %1/100</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>ratings: %1</source>
        <translation>notes : %1</translation>
    </message>
    <message>
        <source>spread %1</source>
        <translation>écart %1</translation>
    </message>
    <message>
        <source>to discuss</source>
        <translation>à discuter</translation>
    </message>
    <message>
        <source>Level %1 means: </source>
        <translation>Le niveau %1 signifie : </translation>
    </message>
    <message>
        <source>Consensus %1: </source>
        <translation>Consensus %1 : </translation>
    </message>
    <message>
        <source>no rationale recorded</source>
        <translation>aucune justification enregistrée</translation>
    </message>
    <message>
        <source>Evidence: </source>
        <translation>Éléments probants : </translation>
    </message>
    <message>
        <source>Sensitivity to the weights</source>
        <translation>Sensibilité aux pondérations</translation>
    </message>
    <message>
        <source>How far the overall moves when one dimension weight changes by 20 % either way (the others renormalised), longest bar first.</source>
        <translation>De combien le score global varie lorsqu’un poids de dimension change de 20 % dans un sens ou dans l’autre (les autres renormalisés), barre la plus longue en premier.</translation>
    </message>
    <message>
        <source>Band probabilities</source>
        <translation>Probabilités des niveaux</translation>
    </message>
    <message>
        <source>Share of %1 random weight vectors (Dirichlet, mean = the framework&apos;s weights, concentration %2, seed %3) that put the partner in each band.</source>
        <translation>Part de %1 vecteurs de poids aléatoires (Dirichlet, moyenne = les poids du référentiel, concentration %2, graine %3) qui placent le partenaire dans chaque niveau.</translation>
    </message>
    <message>
        <source>Smallest change that flips the verdict</source>
        <translation>Plus petit changement qui renverse le verdict</translation>
    </message>
    <message>
        <source>Changing the weight of %1 from %2 to %3 (%4 %) moves the verdict to %5. No smaller change of a single dimension weight changes the band.</source>
        <translation>Changer le poids de %1 de %2 à %3 (%4 %) fait passer le verdict à %5. Aucun changement plus petit d’un seul poids de dimension ne change le niveau.</translation>
    </message>
    <message>
        <source>No change of a single dimension weight changes the band.</source>
        <translation>Aucun changement d’un seul poids de dimension ne change le niveau.</translation>
    </message>
    <message>
        <source>Decision quality</source>
        <translation>Qualité de la décision</translation>
    </message>
    <message>
        <source>Consistency ratio %1 (%2; Saaty&apos;s limit is 0.10).</source>
        <translation>Ratio de cohérence %1 (%2 ; la limite de Saaty est 0,10).</translation>
    </message>
    <message>
        <source>inconsistent: revisit the judgments</source>
        <translation>incohérent : revoir les jugements</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>cohérent</translation>
    </message>
    <message>
        <source>Not applicable: the dimension weights are the framework&apos;s, not derived from pairwise comparison.</source>
        <translation>Sans objet : les poids des dimensions sont ceux du référentiel, non issus d’une comparaison par paires.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>%1 of the weighted criteria are assessed.</source>
        <translation>%1 des critères pondérés sont évalués.</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Unresolved disagreements</source>
        <translation>Désaccords non résolus</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Weights by pairwise comparison</source>
        <translation>Poids par comparaison par paires</translation>
    </message>
    <message>
        <source>Band stability</source>
        <translation>Stabilité du niveau</translation>
    </message>
    <message>
        <source>%1 of the weight draws keep the verdict at %2.</source>
        <translation>%1 des tirages de poids maintiennent le verdict à %2.</translation>
    </message>
    <message>
        <source>Where the assessors disagree</source>
        <translation>Là où les évaluateurs divergent</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Consensus %1</source>
        <translation>Consensus %1</translation>
    </message>
    <message>
        <source>Open: to discuss</source>
        <translation>Ouvert : à discuter</translation>
    </message>
    <message>
        <source>No criterion has ratings 2 or more points apart.</source>
        <translation>Aucun critère n’a de notes distantes de 2 points ou plus.</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 à partir de %2</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>Each assessor rates every criterion on an anchored 1–5 scale; a rating v counts as (v − 1) / 4 × 100. Several assessors&apos; numbers combine by their %1; a consensus agreed in discussion replaces it. Numbers that spread by 2 points or more without consensus are flagged for discussion.</source>
        <translation>Chaque évaluateur note chaque critère sur une échelle ancrée de 1 à 5 ; une note v compte pour (v − 1) / 4 × 100. Les notes de plusieurs évaluateurs se combinent par leur %1 ; un consensus convenu en discussion la remplace. Les notes qui s’écartent de 2 points ou plus sans consensus sont signalées à discuter.</translation>
    </message>
    <message>
        <source>The three pillars are computed by models: culture similarity from both culture profiles (each axis 1–7 with a tolerance), the mutual-gain index as the geometric mean of value to us and value to the partner, and roadmap alignment from both roadmaps over six years (direction times relative commitment).</source>
        <translation>Les trois piliers sont calculés par des modèles : la similarité culturelle à partir des deux profils culturels (chaque axe de 1 à 7 avec une tolérance), l’indice de gain mutuel comme moyenne géométrique de la valeur pour nous et pour le partenaire, et l’alignement des feuilles de route sur six ans (direction multipliée par l’engagement relatif).</translation>
    </message>
    <message>
        <source>A dimension scores the weighted mean of its scored criteria; the overall is the weighted mean of the assessed dimensions. Bands: %1. A knock-out overrides the band with Not recommended.</source>
        <translation>Une dimension obtient la moyenne pondérée de ses critères notés ; le score global est la moyenne pondérée des dimensions évaluées. Niveaux : %1. Un critère éliminatoire remplace le niveau par Non recommandé.</translation>
    </message>
    <message>
        <source>Confidence is High with at least 90 % coverage and no open disagreement, Medium with at least 70 % coverage, otherwise Low. Sensitivity uses one-at-a-time weight changes and a seeded Monte Carlo over the dimension weights, so the figures repeat on every computer.</source>
        <translation>La fiabilité est élevée avec au moins 90 % de couverture et aucun désaccord ouvert, moyenne avec au moins 70 % de couverture, faible sinon. La sensibilité utilise des variations d’un poids à la fois et un Monte-Carlo à graine fixe sur les poids des dimensions, de sorte que les chiffres se répètent sur chaque ordinateur.</translation>
    </message>
    <message>
        <source>Every assessor&apos;s raw ratings</source>
        <translation>Notes brutes de chaque évaluateur</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>PartnerFit %1</source>
        <translation>PartnerFit %1</translation>
    </message>
    <message>
        <source>PartnerFit %1, revision %2</source>
        <translation>PartnerFit %1, révision %2</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Fichier d’espace de travail</translation>
    </message>
    <message>
        <source>none (read from a file)</source>
        <translation>aucun (lu depuis un fichier)</translation>
    </message>
    <message>
        <source>Record %1, version %2 of %3</source>
        <translation>Enregistrement %1, version %2 du %3</translation>
    </message>
    <message>
        <source>Inputs SHA-256</source>
        <translation>SHA-256 des données</translation>
    </message>
    <message>
        <source>The SHA-256 is taken over the compact partnerfit.assessment JSON of the inputs (partnerfit-cli assessments export), so the same inputs always give the same value.</source>
        <translation>Le SHA-256 est calculé sur le JSON partnerfit.assessment compact des données (partnerfit-cli assessments export), de sorte que les mêmes données donnent toujours la même valeur.</translation>
    </message>
    <message>
        <source>The verdict does not depend on how the dimensions are weighted: the smallest change of a single weight that moves it to %1 is raising %2 from %3 to %4, %5 times its weight.</source>
        <translation>Le verdict ne dépend pas de la pondération des dimensions : le plus petit changement d’un seul poids qui le fait passer à %1 consiste à porter %2 de %3 à %4, soit %5 fois son poids.</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::AssessmentReportData</name>
    <message>
        <source>%1 has no assessment yet: assess the partner before exporting a report.</source>
        <translation>%1 n’a pas encore d’évaluation : évaluez le partenaire avant d’exporter un rapport.</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::AssessmentReportText</name>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>win-win</source>
        <translation>gagnant-gagnant</translation>
    </message>
    <message>
        <source>we win, they do not: extractive and unstable</source>
        <translation>nous gagnons, pas eux : extractif et instable</translation>
    </message>
    <message>
        <source>they win, we do not</source>
        <translation>ils gagnent, pas nous</translation>
    </message>
    <message>
        <source>lose-lose</source>
        <translation>perdant-perdant</translation>
    </message>
    <message>
        <source>short-term partnership with limited returns</source>
        <translation>partenariat à court terme aux retombées limitées</translation>
    </message>
    <message>
        <source>long-term partnership</source>
        <translation>partenariat à long terme</translation>
    </message>
    <message>
        <source>unknown (nothing to compare in the far horizon)</source>
        <translation>inconnu (rien à comparer à l’horizon lointain)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Finalised (version %1)</source>
        <translation>Finalisée (version %1)</translation>
    </message>
    <message>
        <source>Draft (not finalised)</source>
        <translation>Brouillon (non finalisé)</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Bilan de santé</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
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
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Partner portfolio: %1</source>
        <translation>Portefeuille de partenaires : %1</translation>
    </message>
    <message>
        <source>Ranking, mutual gain, pillars and rank stability against %2 version %3; partners ranked: %1</source>
        <translation>Classement, gain mutuel, piliers et stabilité du rang selon %2 version %3 ; partenaires classés : %1</translation>
    </message>
    <message>
        <source>PartnerFit · Portfolio report</source>
        <translation>PartnerFit · Rapport de portefeuille</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>PORTFOLIO REPORT</source>
        <translation>RAPPORT DE PORTEFEUILLE</translation>
    </message>
    <message>
        <source>Partner portfolio</source>
        <translation>Portefeuille de partenaires</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Highest ranked</source>
        <translation>Les mieux classés</translation>
    </message>
    <message>
        <source>Partners by band</source>
        <translation>Partenaires par niveau</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Partners ranked</source>
        <translation>Partenaires classés</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Pas encore évalués</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>%1 (%2), version %3</source>
        <translation>%1 (%2), version %3</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Each partner is ranked by the overall score of its newest finalised assessment. The rank stability section shows how far a rank could move if the dimension weights were somewhat different.</source>
        <translation>Chaque partenaire est classé selon le score global de sa dernière évaluation finalisée. La section sur la stabilité du rang montre jusqu&apos;où un rang pourrait bouger si les poids des dimensions étaient un peu différents.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Ranked by overall score, highest first (partners: %1). Confidence combines how much of the weighted framework was assessed with unresolved disagreements between assessors.</source>
        <translation>Classés par score global, le plus élevé en premier (partenaires : %1). La fiabilité combine la part du référentiel pondéré qui a été évaluée et les désaccords non résolus entre évaluateurs.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Note globale</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>These selected partners have no finalised assessment and are not ranked: %1.</source>
        <translation>Ces partenaires sélectionnés n&apos;ont pas d&apos;évaluation finalisée et ne sont pas classés : %1.</translation>
    </message>
    <message>
        <source>Mutual gain</source>
        <translation>Gain mutuel</translation>
    </message>
    <message>
        <source>Value to us against value to the partner; every partner is placed (placed: %1). The %2 highest ranked are dark and numbered with their rank; the table below lists every partner&apos;s quadrant.</source>
        <translation>Valeur pour nous face à la valeur pour le partenaire ; chaque partenaire est placé (placés : %1). Les %2 mieux classés sont foncés et numérotés selon leur rang ; le tableau ci-dessous donne le quadrant de chaque partenaire.</translation>
    </message>
    <message>
        <source>Value to us against value to the partner for every placed partner.</source>
        <translation>Valeur pour nous face à la valeur pour le partenaire, pour chaque partenaire placé.</translation>
    </message>
    <message>
        <source>Value to us</source>
        <translation>Valeur pour nous</translation>
    </message>
    <message>
        <source>Value to partner</source>
        <translation>Valeur pour le partenaire</translation>
    </message>
    <message>
        <source>Mutual-gain index</source>
        <translation>Indice de gain mutuel</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Every partner&apos;s mutual gain</source>
        <translation>Le gain mutuel de chaque partenaire</translation>
    </message>
    <message>
        <source>Pillar comparison</source>
        <translation>Comparaison des piliers</translation>
    </message>
    <message>
        <source>The three pillars of every ranked partner, 0–100, in ranking order: culture fit, mutual gain and roadmap alignment as the framework&apos;s dimensions score them. A dash means the pillar was not assessed.</source>
        <translation>Les trois piliers de chaque partenaire classé, de 0 à 100, dans l&apos;ordre du classement : adéquation culturelle, gain mutuel et alignement des feuilles de route tels que les notent les dimensions du référentiel. Un tiret signifie que le pilier n&apos;a pas été évalué.</translation>
    </message>
    <message>
        <source>Rank stability</source>
        <translation>Stabilité du rang</translation>
    </message>
    <message>
        <source>The dimension weights are a judgement. To see how much the ranking depends on them, %1 sets of weights were drawn at random around the framework&apos;s weights (Dirichlet, concentration %2, seed %3) and the partners ranked again for each. The table shows the median rank, the range that holds 90 % of the draws, how often a partner stays in the top %4, and how often it keeps its band.</source>
        <translation>Les poids des dimensions relèvent du jugement. Pour voir à quel point le classement en dépend, %1 jeux de poids ont été tirés au hasard autour des poids du référentiel (Dirichlet, concentration %2, graine %3) et les partenaires reclassés pour chacun. Le tableau donne le rang médian, l&apos;intervalle qui contient 90 % des tirages, la fréquence à laquelle un partenaire reste parmi les %4 premiers et celle à laquelle il garde son niveau.</translation>
    </message>
    <message>
        <source>Partners assessed against another framework than %2 version %3 are ranked above but left out of this analysis: %1.</source>
        <translation>Les partenaires évalués selon un autre référentiel que %2 version %3 sont classés ci-dessus mais exclus de cette analyse : %1.</translation>
    </message>
    <message>
        <source>Median rank</source>
        <translation>Rang médian</translation>
    </message>
    <message>
        <source>90 % of draws</source>
        <translation>90 % des tirages</translation>
    </message>
    <message>
        <source>In the top %1</source>
        <translation>Parmi les %1 premiers</translation>
    </message>
    <message>
        <source>Keeps its band</source>
        <translation>Garde son niveau</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Partners that hold the same rank in 90 % of the draws: %1 of %2. Bands kept in fewer than two draws of three are marked in red.</source>
        <translation>Partenaires qui gardent le même rang dans 90 % des tirages : %1 sur %2. Les niveaux conservés dans moins de deux tirages sur trois sont marqués en rouge.</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>PartnerFit %1</source>
        <translation>PartnerFit %1</translation>
    </message>
    <message>
        <source>PartnerFit %1, revision %2</source>
        <translation>PartnerFit %1, révision %2</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Fichier d’espace de travail</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Recomputed from each partner&apos;s newest finalised assessment</source>
        <translation>Recalculés à partir de la dernière évaluation finalisée de chaque partenaire</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte-Carlo</translation>
    </message>
    <message>
        <source>%1 draws, concentration %2, seed %3, top %4</source>
        <translation>%1 tirages, concentration %2, graine %3, %4 premiers</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::PortfolioReportData</name>
    <message>
        <source>&apos;%1&apos; is not a stage: use one of %2.</source>
        <translation>« %1 » n&apos;est pas une étape : utilisez l&apos;une de %2.</translation>
    </message>
    <message>
        <source>No partner matches the selection: choose other stages or add partners.</source>
        <translation>Aucun partenaire ne correspond à la sélection : choisissez d&apos;autres étapes ou ajoutez des partenaires.</translation>
    </message>
    <message>
        <source>None of the selected partners has a finalised assessment: finalise an assessment before exporting a portfolio report.</source>
        <translation>Aucun des partenaires sélectionnés n&apos;a d&apos;évaluation finalisée : finalisez une évaluation avant d&apos;exporter un rapport de portefeuille.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Étapes : %1</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>pf::ui::report::ReportPdfWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Le PDF n’a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>The PDF&apos;s document information could not be written.</source>
        <translation>Les informations de document du PDF n’ont pas pu être écrites.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
</TS>
