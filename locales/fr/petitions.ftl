## Petitions (arts. 121–125, decree 2.16.403) — French

pet-list-title = Pétitions — { $commune }
pet-intro = Citoyens et associations peuvent demander au conseil d’inscrire à son ordre du jour un point relevant de ses compétences (loi organique 113.14, art. 121 à 125).
pet-all = Toutes
pet-none = Aucune pétition ne correspond.
pet-new = Nouvelle pétition
pet-new-intro = Une pétition de citoyens doit réunir { $threshold } signatures dans cette commune (art. 123). Une association doit exister depuis plus de 3 ans et avoir son siège ou une antenne dans la commune (art. 124).
pet-save-draft = Enregistrer le projet
pet-kind-citizens = Pétition de citoyens (art. 123)
pet-kind-association = Pétition d’association (art. 124)
pet-field-kind = Type
pet-field-subject = Objet
pet-field-reasons = Motifs et objectifs
pet-field-requested-item = Point demandé à l’ordre du jour du conseil
pet-field-full-name = Nom et prénom
pet-field-cin = Numéro de la CNIE
pet-field-birth-date = Date de naissance
pet-field-tie = Lien avec la commune
pet-field-address = Adresse ou lieu d’activité dans la commune
pet-field-email-domain = Domaine d’adresse électronique
pet-field-bureau-reasons = Motifs (obligatoires en cas de refus)
pet-tie-residence = J’habite la commune
pet-tie-activity = J’exerce une activité économique, commerciale ou professionnelle dans la commune
pet-declare-electoral = Je suis de nationalité marocaine et remplis les conditions d’inscription sur les listes électorales.
pet-declare-interest = J’ai un intérêt commun direct à cette pétition.
pet-notify = Me prévenir par courriel de la décision du conseil
pet-sign = Signer la pétition
pet-sign-privacy = Vos nom, numéro de CNIE et adresse ne sont vus que par le bureau du conseil et le mandataire de la pétition ; ils sont effacés après le délai de conservation (loi 09.08).
pet-signed-counted = Votre signature est enregistrée.
pet-signed-mail = Presque fini : ouvrez le lien envoyé à votre adresse pour valider votre signature.
pet-confirm-title = Confirmer votre signature
pet-confirm-intro = Appuyez sur le bouton pour confirmer votre signature de cette pétition. Elle ne compte qu’une fois confirmée.
pet-confirm-button = Je confirme ma signature
pet-back = Retour à la pétition
pet-signatures = Signatures
pet-progress = { $count } signatures sur { $threshold } requises
pet-by-channel = En ligne : { $online } · Sur papier : { $paper }
pet-channel = Canal
pet-channel-online = En ligne
pet-channel-paper = Papier
pet-valid = Valide
pet-unconfirmed = Non confirmée
pet-invalidated = Invalidée
pet-flagged = À vérifier
pet-open = Ouvrir aux signatures
pet-deposit = Déposer auprès du président (art. 125)
pet-receipt = Récépissé de dépôt
pet-receipt-number = Numéro du récépissé
pet-receipt-note = Le bureau du conseil examine la pétition ; un refus doit être motivé et notifié dans les 3 mois (art. 125).
pet-review-by = Décision du bureau au plus tard le
pet-review-deadline = Décision du bureau attendue au plus tard le { $date } ({ $days } jours restants).
pet-days-left = { $days } jours restants
pet-overdue = En retard (art. 125)
pet-bureau-reasons = Motifs du refus
pet-on-agenda = Acceptée et inscrite à l’ordre du jour de la session ordinaire du { $date }, renvoyée à la commission compétente.
pet-twenty-day-rule = L’ordre du jour part chez le gouverneur au moins 20 jours avant la session (art. 38) : une pétition acceptée plus tard passe à la session suivante.
pet-deliberation-link = Voir la délibération du conseil
pet-timeline = Étapes
pet-agent-actions = Actions du mandataire
pet-public-page = Page publique
pet-bureau-title = Pétitions à examiner
pet-bureau-decision = Décision du bureau
pet-checklist = Conditions vérifiées
pet-check-within_council_powers = Dans les compétences du conseil (art. 121)
pet-check-respects_constitution_article_1 = Ne porte pas atteinte aux constantes de l’article 1 de la Constitution (art. 121)
pet-check-petitioners_conditions_met = Conditions des pétitionnaires ou de l’association remplies (art. 123 ou 124)
pet-check-form_and_documents_complete = Formulaire et pièces complets (décret 2.16.403)
pet-accept = Accepter
pet-reject = Refuser
pet-paper-entry = Saisir une signature papier
pet-invalidate = Invalider des signatures
pet-sum-filed = déposées
pet-sum-accepted = acceptées par le bureau
pet-sum-rejected = refusées par le bureau
pet-sum-overdue = en retard
pet-sum-median = jours (médiane) jusqu’à la décision du bureau
pet-status-draft = Projet
pet-status-collecting = Collecte des signatures
pet-status-deposited = Déposée
pet-status-under_review = Examen par le bureau
pet-status-accepted = Acceptée
pet-status-on_agenda = À l’ordre du jour
pet-status-decided_accepted = Adoptée par le conseil
pet-status-decided_rejected_by_council = Rejetée par le conseil
pet-status-decided_postponed = Reportée par le conseil
pet-status-rejected_by_bureau = Refusée par le bureau
pet-status-withdrawn = Retirée
pet-event-created = Projet créé
pet-event-collecting = Ouverte aux signatures
pet-event-deposited = Déposée auprès du président, récépissé délivré
pet-event-accepted = Acceptée par le bureau
pet-event-on_agenda = Inscrite à l’ordre du jour
pet-event-rejected_by_bureau = Refusée par le bureau, avec motifs
pet-event-postponed = Reportée à une session suivante
pet-event-decided = Délibération du conseil
pet-error-cin = Numéro de CNIE invalide : une ou deux lettres suivies de chiffres (ex. AB123456).
pet-error-adult = Il faut avoir 18 ans révolus pour signer (art. 123).
pet-error-tie = Indiquez si vous habitez la commune ou y exercez une activité (art. 123).
pet-error-declaration = Cette déclaration est requise (art. 123).
pet-error-already-signed = Cette CNIE a déjà signé cette pétition.
pet-error-threshold = Le nombre de signatures valides n’atteint pas le seuil de l’article 123.
pet-error-no-verified-association = Votre association doit d’abord être vérifiée par la commune.
pet-error-association-age = L’association doit exister depuis plus de 3 ans (art. 124).
pet-error-association-seat = L’association doit avoir son siège ou une antenne dans la commune (art. 124).
pet-error-association-documents = Il manque des pièces du dossier de l’association (décret 2.16.403, art. 4).
pet-error-checklist = Toutes les conditions doivent être vérifiées pour accepter.
pet-error-committee-required = Une pétition acceptée est renvoyée à la commission permanente compétente pour étude avant la délibération du conseil (art. 125) : choisissez la commission.
pet-mail-confirm-subject = Validez votre signature — Musharaka
pet-mail-confirm-body = Bonjour,

    Pour valider votre signature de la pétition « { $subject } », ouvrez ce lien :
    { $link }

    Si vous n’avez pas signé, ignorez ce message : rien ne sera compté.
pet-mail-decision-subject = Votre pétition « { $subject } »
pet-mail-accepted-body = Bonjour,

    Le bureau du conseil a accepté la pétition « { $subject } ». Elle est inscrite à l’ordre du jour de la session ordinaire du { $session } et renvoyée à la commission compétente.
pet-mail-rejected-body = Bonjour,

    Le bureau du conseil a refusé la pétition « { $subject } » pour les motifs suivants :
    { $reasons }
pet-mail-decided-body = Bonjour,

    Le conseil a délibéré sur la pétition « { $subject } » (délibération n° { $number }) :
    { $link }
pet-mail-reminder-subject = Pétition à examiner : « { $subject } »
pet-mail-reminder-body = Bonjour,

    La pétition « { $subject } » attend la décision du bureau. Le délai de 3 mois (art. 125) expire le { $deadline }, dans { $days } jours.
    { $link }
pet-file = Dossier de la pétition (formulaire du décret 2.16.403 et liste des signataires)
pet-file-council = Conseil concerné
pet-file-show-cins = Afficher les numéros de CIN
pet-file-cins-audited = Les numéros de CIN des signataires ne s'affichent que sur demande ; chaque affichage est inscrit au journal d'audit.
pet-atom = Flux Atom
pet-csv = Exporter en CSV
pet-list-link = Pétitions
pet-register-paper = Enregistrer une pétition déposée sur papier
pet-field-received-on = Date de réception par le président
pet-withdraw = Retirer la pétition
pet-event-withdrawn = Retirée par son mandataire
pet-event-registered_on_paper = Enregistrée à partir du dépôt sur papier
pet-field-from = Signées à partir de
pet-field-to = Signées jusqu’à
pet-attachments = Pièces jointes
pet-attachment = Joindre un document (PDF, PNG ou JPEG)
pet-event-attachment = Document joint
pet-ip-group = Groupe d’adresse IP (code affiché dans la liste)

# Arts. 38 et 125 : le calcul de la session d’une pétition acceptée
pet-session-accepted-on = Acceptée le { $date } :
pet-session-if-accepted-today = Si le bureau l’accepte aujourd’hui ({ $date }) :
pet-session-open = l’ordre du jour de la session { $m ->
    [10] d’octobre
   *[other] de { $month }
} { $year } (ouverture le { $start }) doit parvenir au gouverneur au plus tard le { $deadline } (art. 38, 20 jours avant) ; { $days ->
    [0] c’est le dernier jour,
    [one] il reste { $days } jour,
   *[other] il reste { $days } jours,
} la pétition va donc à cette session (art. 125).
pet-session-slipped = l’ordre du jour de la session { $missed_m ->
    [10] d’octobre
   *[other] de { $missed_month }
} { $missed_year } devait parvenir au gouverneur au plus tard le { $missed_deadline } (art. 38, 20 jours avant), la pétition passe donc à la session { $m ->
    [10] d’octobre
   *[other] de { $month }
} { $year } (ouverture le { $start }), dont l’ordre du jour doit parvenir au gouverneur au plus tard le { $deadline } (art. 125).

# Décret 2.16.403 : dossier de l’association et mandat du suivi
pet-mandate = Mandat de la personne qui suit la pétition (PDF)
pet-mandate-help = Le décret 2.16.403 demande le mandat de la personne qui suit la procédure, sauf si c’est le représentant légal de l’association. Le mandat n’est visible que par vous et le bureau du conseil.
pet-mandate-link = Mandat de la personne qui suit la pétition
pet-legal-representative = Je suis le représentant légal de l’association
pet-declared-legal-representative = Le mandataire déclare être le représentant légal de l’association.
pet-association-file = Dossier de l’association (art. 124, décret 2.16.403)
pet-conditions-met = Les conditions que le dossier peut montrer sont remplies.
pet-unmet-conditions = Conditions non remplies :
pet-condition-founded_more_than_three_years = constituée depuis plus de 3 ans (art. 124)
pet-condition-seat_or_branch_in_commune = siège ou antenne dans la commune (art. 124)
pet-condition-final_receipt = récépissé définitif (décret 2.16.403)
pet-condition-statutes = statuts (décret 2.16.403)
pet-condition-mandate = mandat de la personne qui suit la procédure (décret 2.16.403)
pet-condition-activity_related_to_subject = activité liée à l’objet de la pétition (art. 124)
pet-condition-democratic_operation = fonctionnement démocratique conforme aux statuts (art. 124)
pet-condition-good_standing = situation régulière (art. 124)
