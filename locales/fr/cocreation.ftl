## Co-création avec les associations (appels, notes conceptuelles, évaluation, sélection)

cc-list-link = Appels à projets de co-création
cc-list-title = Appels à projets de co-création — { $commune }
cc-intro = La commune invite les associations actives sur son territoire à proposer des projets conçus, menés et évalués ensemble. Chaque appel fixe son enveloppe, son plafond par projet, ses conditions et sa période de dépôt des notes conceptuelles.
cc-atom = Flux Atom
cc-csv = Résultats (CSV)
cc-mine = Mes notes conceptuelles
cc-none = Aucun appel pour l'instant.
cc-state-draft = Brouillon
cc-state-upcoming = Bientôt ouvert
cc-state-open = Dépôt ouvert
cc-state-closed = Dépôt clos — évaluation
cc-state-results = Résultats publiés
cc-window = Dépôt des notes conceptuelles
cc-casablanca-time = (heure de Casablanca)
cc-themes = Thématiques
cc-envelope = Enveloppe totale
cc-ceiling = Plafond par projet
cc-cofinancing = Cofinancement minimal de l'association (%)
cc-min-age = Ancienneté minimale de l'association (années)
cc-fields = Domaines d'activité
cc-any-field = Tous domaines
cc-tie-break = Départage des ex æquo
cc-tie-women_share = la part des femmes parmi les bénéficiaires la plus élevée
cc-tie-lower_request = la subvention demandée la plus faible
cc-tie-earlier_submission = la note déposée la première
cc-new-note = Déposer une note conceptuelle
cc-results = Voir les résultats
cc-grid = Grille d'évaluation
cc-criterion = Critère
cc-weight = Pondération
cc-scale = Échelle
cc-guidance = Indications
cc-meetings = Réunions d'information
cc-no-meetings = Aucune réunion annoncée.
cc-registered = { $count } inscrit(s)
cc-attendance = { $people } participant(s), { $organisations } organisation(s) représentée(s)
cc-you-registered = Vous êtes inscrit(e)
cc-register = S'inscrire
cc-registered-done = Votre inscription est enregistrée.
cc-questions = Questions et réponses
cc-no-questions = Aucune question publiée.
cc-question = Question :
cc-answer = Réponse :
cc-ask = Poser une question (la réponse est publiée pour tous)
cc-ask-submit = Envoyer la question
cc-question-sent = Votre question est envoyée ; la réponse sera publiée sur cette page.
cc-results-title = Résultats — { $call }
cc-granted-total = Total accordé
cc-rank = Rang
cc-note-title = Intitulé du projet
cc-association = Association
cc-total = Note globale (/100)
cc-requested = Subvention demandée
cc-outcome = Issue
cc-outcome-selected = Retenu
cc-outcome-does_not_fit = Non retenu : ne tient pas dans l'enveloppe restante
cc-ineligible-count = { $count } note(s) non éligible(s).
cc-closes = Dépôt jusqu'au { $at } (heure de Casablanca).
cc-save-draft = Enregistrer le brouillon
cc-submit-note = Déposer la note (définitif)
cc-problem = Problématique
cc-objectives = Objectifs
cc-beneficiaries = Nombre de bénéficiaires
cc-women-percent = Part des femmes (%)
cc-youth-percent = Part des jeunes (%)
cc-activities = Activités
cc-calendar = Calendrier
cc-partners = Partenaires
cc-budget-lines = Budget (lignes, montants en dirhams)
cc-line-label = Ligne budgétaire
cc-line-amount = Montant
cc-line-cofinancing = Dont cofinancement de l'association
cc-spent = Dépensé
cc-cost = Coût total
cc-cofinanced = Cofinancement
cc-draft-saved = Brouillon enregistré.
cc-note-status-draft = Brouillon
cc-note-status-submitted = Déposée
cc-note-status-eligible = Éligible
cc-note-status-ineligible = Non éligible
cc-note-status-selected = Retenue
cc-note-status-not_selected = Non retenue
cc-note-status-agreed = Convention signée
cc-receipt = Récépissé de dépôt
cc-receipt-number = N° de récépissé
cc-receipt-note = Ce récépissé atteste le dépôt de la note conceptuelle dans le délai de l'appel. Il a aussi été envoyé par courriel.
cc-submitted-at = Déposée le
cc-call = Appel
cc-unmet = Conditions non remplies
cc-unmet-automatic = Conditions que les données montrent non remplies (à confirmer par l'évaluateur)
cc-cond-verified = Le dossier de l'association n'est pas vérifié par la commune.
cc-cond-seat_or_branch = L'association n'a ni siège ni antenne dans la commune.
cc-cond-age = L'association n'a pas l'ancienneté minimale exigée par l'appel.
cc-cond-activity = Le domaine d'activité de l'association ne correspond pas à l'appel.
cc-cond-ceiling = La subvention demandée dépasse le plafond par projet.
cc-cond-envelope = La subvention demandée dépasse l'enveloppe de l'appel.
cc-cond-cofinancing = Le cofinancement de l'association n'atteint pas la part exigée.
cc-cond-budget = Le budget ne comporte aucune ligne ou aucune subvention demandée.
cc-cond-documents = Le dossier est incomplet.
cc-result = Résultat
cc-reason-selected = Votre projet est retenu dans l'enveloppe de l'appel.
cc-reason-does_not_fit = Votre projet n'est pas retenu : la subvention demandée ne tenait pas dans ce qui restait de l'enveloppe après les projets mieux classés.
cc-reason-ineligible = Votre note n'était pas éligible (voir les conditions non remplies).
cc-grant = Subvention
cc-agreement = Convention
cc-signed-on = Signée le
cc-tranche = Tranche
cc-tranche-condition = Condition de versement
cc-report-due = Rapport attendu le
cc-reports = Rapports d'avancement et journal commun
cc-no-reports = Aucun rapport pour l'instant.
cc-side-commune = Commune
cc-side-association = Association
cc-final-evaluation = Évaluation finale
cc-new-report = Nouveau rapport d'avancement
cc-report-narrative = Activités menées
cc-spent-on = Dépensé sur « { $line } »
cc-report-submit = Envoyer le rapport
cc-report-saved = Rapport enregistré.
cc-no-notes = Aucune note.
cc-admin-title = Co-création : appels à projets
cc-new-call = Nouvel appel
cc-call-form = L'appel
cc-title-ar = Intitulé (arabe)
cc-title-fr = Intitulé (français)
cc-text-ar = Texte de l'appel (arabe)
cc-text-fr = Texte de l'appel (français)
cc-envelope-mad = Enveloppe totale (dirhams)
cc-ceiling-mad = Plafond par projet (dirhams)
cc-fields-keywords = Domaines d'activité (mots-clés séparés par des virgules ; vide : tous)
cc-opens-at = Ouverture du dépôt
cc-closes-at = Clôture du dépôt (à la seconde)
cc-spread-threshold = Écart entre évaluateurs à signaler (points)
cc-public-page = Page publique
cc-edit-call = Modifier l'appel
cc-criterion-ar = Critère (arabe)
cc-criterion-fr = Critère (français)
cc-scale-max = Note maximale
cc-add-criterion = Ajouter le critère
cc-publish = Publier l'appel (et l'inscrire à l'ordre du jour du conseil)
cc-published = Appel publié et inscrit à l'ordre du jour de la prochaine session.
cc-add-meeting = Ajouter une réunion d'information
cc-starts-at = Début
cc-ends-at = Fin
cc-place-ar = Lieu (arabe)
cc-place-fr = Lieu (français)
cc-attendance-people = Participants
cc-attendance-organisations = Organisations représentées
cc-answer-submit = Publier la réponse
cc-answered = Réponse publiée.
cc-notes = Notes conceptuelles déposées
cc-ranking = Classement et sélection proposée
cc-ranking-note = Classement par note globale, départage selon la règle de l'appel ; sélection dans l'enveloppe : un projet qui ne tient pas est passé au profit du suivant qui tient.
cc-moderation = Modération
cc-spread-flag = Écart à discuter
cc-incomplete = Critère sans note
cc-remaining = Reste de l'enveloppe
cc-undecided = { $count } note(s) attendent encore la décision d'éligibilité.
cc-publish-results = Publier les résultats (et la sélection au conseil)
cc-results-published = Résultats publiés ; chaque association est informée.
cc-founded = Fondée le
cc-checklist = Vérification de l'éligibilité
cc-check-branch = Siège ou antenne dans la commune (attesté)
cc-check-activity = Domaine d'activité en rapport avec l'appel
cc-check-documents = Dossier complet
cc-decide-eligibility = Enregistrer la décision d'éligibilité
cc-eligibility-done = Décision d'éligibilité enregistrée et envoyée à l'association.
cc-your-scores = Votre évaluation
cc-conflict-represents = Vous représentez cette association : vous ne pouvez pas l'évaluer (conflit d'intérêts).
cc-conflict-declared = Vous avez déclaré un conflit d'intérêts : vous ne pouvez pas évaluer cette note.
cc-submitted-sheet = Vous avez soumis votre évaluation :
cc-comment = Commentaire
cc-save-scores = Enregistrer
cc-submit-scores = Soumettre (définitif)
cc-declare-conflict = Déclarer un conflit d'intérêts
cc-conflict-recorded = Conflit d'intérêts enregistré.
cc-scores-saved = Notes enregistrées.
cc-scores-submitted = Évaluation soumise.
cc-other-sheets = Évaluations des autres évaluateurs
cc-others-hidden = Les notes des autres évaluateurs s'affichent une fois votre évaluation soumise.
cc-sign-agreement = Signer la convention
cc-agreement-signed = Convention signée ; les rappels de rapports sont programmés.
cc-error-amount = Montant invalide.
cc-error-ceiling = Le plafond doit être positif et ne pas dépasser l'enveloppe.
cc-error-percent = Un pourcentage entre 0 et 100.
cc-error-window = La fin doit suivre le début.
cc-error-weight = Un nombre entier de 1 à 100.
cc-error-no-grid = Ajoutez au moins un critère à la grille avant de publier.
cc-error-late = Le délai de dépôt de cet appel est dépassé : la note ne peut plus être déposée.
cc-error-not-open = Le dépôt de cet appel n'est pas encore ouvert.
cc-error-locked = Cette note est déjà déposée : elle ne peut plus être modifiée.
cc-error-line = Chaque ligne budgétaire doit avoir un libellé et un montant positif, et un cofinancement qui ne dépasse pas le montant.
cc-error-no-lines = Ajoutez au moins une ligne budgétaire.
cc-error-no-association = Seul le représentant d'une association enregistrée peut le faire.
cc-error-association-unverified = Le dossier de votre association doit d'abord être vérifié par la commune.
cc-error-meeting-past = Cette réunion a déjà eu lieu.
cc-error-attendance = Des nombres positifs ; pas plus d'organisations que de participants.
cc-error-not-scorable = Seule une note éligible d'un appel en cours d'évaluation peut être notée.
cc-error-submitted = Votre évaluation est déjà soumise.
cc-error-score = Une note entière entre 0 et le maximum du critère.
cc-error-window-open = Les résultats ne peuvent être publiés qu'après la clôture du dépôt.
cc-error-undecided = Toutes les notes doivent avoir leur décision d'éligibilité avant la publication.
cc-error-tranches = Les tranches doivent totaliser exactement la subvention accordée.
cc-error-tranche-condition = Chaque tranche doit avoir sa condition de versement.
cc-mail-receipt-subject = Récépissé { $number } — note conceptuelle déposée
cc-mail-receipt-body = Bonjour,

    Votre note conceptuelle « { $title } » est déposée pour l'appel « { $call } ».
    Récépissé n° { $number }. Elle ne peut plus être modifiée.
    Récépissé imprimable : { $link }
cc-mail-eligible-subject = Votre note conceptuelle est éligible
cc-mail-eligible-body = Bonjour,

    Votre note « { $title } » est éligible ; elle va être évaluée.
    { $link }
cc-mail-ineligible-subject = Votre note conceptuelle n'est pas éligible
cc-mail-ineligible-body = Bonjour,

    Votre note « { $title } » n'est pas éligible, pour les raisons suivantes :
    { $reasons }
    { $link }
cc-mail-result-subject = Résultats de l'appel à projets de co-création
cc-mail-selected-body = Bonjour,

    Votre projet « { $title } » est retenu (rang { $rank }, note { $total }/100), pour une subvention de { $amount } MAD.
    La commune vous contactera pour la convention.
    { $link }
cc-mail-not-selected-body = Bonjour,

    Votre projet « { $title } » n'est pas retenu (rang { $rank }, note { $total }/100) : la subvention demandée ({ $amount } MAD) ne tenait pas dans l'enveloppe restante ({ $remaining } MAD) après les projets mieux classés.
    { $link }
cc-mail-ineligible-result-body = Bonjour,

    Votre note « { $title } » n'a pas été évaluée car elle n'était pas éligible :
    { $reasons }
    { $link }
cc-mail-agreement-subject = Convention de co-création signée
cc-mail-agreement-body = Bonjour,

    La convention du projet « { $title } » est signée, pour une subvention de { $amount } MAD.
    Tranches, conditions et dates des rapports : { $link }
cc-mail-report-reminder-subject = Rappel : rapport d'avancement attendu le { $due }
cc-mail-report-reminder-body = Bonjour,

    Le rapport d'avancement du projet « { $title } » est attendu le { $due }.
    { $link }
cc-mail-answer-subject = Réponse à votre question sur l'appel à projets
cc-mail-answer-body = Bonjour,

    La commune a répondu à votre question ; la réponse est publiée pour tous :
    { $link }
cc-documents = Documents de l'appel
cc-document = Document (PDF)
cc-attach = Joindre
cc-attachments = Pièces jointes
cc-attachment = Pièce jointe (PDF ou image)
cc-agenda-selection-title = Sélection : { $title }
