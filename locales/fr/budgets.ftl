## budgets (fr)
pb-title = Budget participatif
pb-intro = La commune consacre une part de son budget aux projets que les habitants proposent et choisissent.
pb-no-cycles = Aucun cycle de budget participatif pour le moment.
pb-whole-commune = Toute la commune
pb-amount = { $amount } MAD
pb-amount-col = Montant
pb-tab-overview = Présentation
pb-tab-proposals = Propositions
pb-tab-vote = Voter
pb-tab-results = Résultats
pb-tab-follow-up = Suivi des projets
pb-phase-draft = En préparation
pb-phase-information = Information
pb-phase-proposals = Dépôt des propositions
pb-phase-review = Étude technique
pb-phase-voting = Vote
pb-phase-results = Résultats
pb-phase-implementation = Réalisation
pb-calendar = Calendrier
pb-districts = Quartiers
pb-district = Quartier
pb-category = Catégorie
pb-status = État
pb-all = Tous
pb-none = Aucune
pb-filter = Filtrer
pb-rulebook = Règlement
pb-who-proposes = Qui peut proposer
pb-who-residents = Les habitants (compte confirmé)
pb-who-associations = Les associations vérifiées
pb-who-both = Les habitants et les associations
pb-who-votes = Qui peut voter
pb-who-votes-text = Les habitants ayant un compte confirmé et au moins { $age } ans
pb-ballot-type = Bulletin
pb-type-approval = Approbation
pb-ballot-approval = Choisissez entre { $min } et { $max } projets par quartier.
pb-ballot-knapsack = Choisissez des projets dont le coût total ne dépasse pas le montant du quartier.
pb-knapsack-hint = Coût total au plus { $amount } MAD.
pb-districts-per-voter = Nombre de quartiers par votant
pb-rule = Règle de dépouillement
pb-rule-greedy = Glouton (les plus votés d’abord)
pb-rule-greedy-cardinality = Glouton (votes par dirham)
pb-rule-mes = Parts égales (coût)
pb-rule-mes-cardinality = Parts égales (nombre de projets)
pb-rule-mes-add1 = Parts égales, complétée par hausse du budget
pb-rule-mes-add1-greedy = Parts égales, complétée puis gloutonne
pb-rule-mes-add1-until-infeasible = Parts égales, budget relevé jusqu’à saturation
pb-tie-break = Départage des ex æquo
pb-tie-ids = Numéro de la proposition (le plus petit d’abord)
pb-tie-cost_votes = Le moins coûteux, puis le plus voté
pb-turnout = { $count ->
    [0] Aucun bulletin pour l’instant.
    [one] Participation : { $count } bulletin.
   *[other] Participation : { $count } bulletins.
}
pb-propose = Proposer un projet
pb-vote = Voter
pb-proposals-count = { $count ->
    [0] Aucune proposition.
    [one] { $count } proposition.
   *[other] { $count } propositions.
}
pb-votes = { $count ->
    [one] { $count } voix
   *[other] { $count } voix
}
pb-voters = { $count ->
    [0] Aucun votant
    [one] { $count } votant
   *[other] { $count } votants
}
pb-votes-col = Voix
pb-selected = Retenu
pb-pages = Pages
pb-previous = Précédent
pb-next = Suivant
pb-page-of = Page { $page } sur { $pages }
pb-status-submitted = Déposée
pb-status-feasible = Réalisable
pb-status-unfeasible = Non réalisable
pb-status-merged = Fusionnée
pb-location = Emplacement
pb-estimated = Coût estimé (MAD)
pb-official = Coût officiel (MAD)
pb-review = Étude technique
pb-merged-into = Fusionnée avec la proposition n° { $id }
pb-impl-planned = Programmé
pb-impl-tendering = Appel d’offres
pb-impl-works = Travaux en cours
pb-impl-done = Achevé
pb-impl-halted = Suspendu
pb-spent = { $amount } MAD dépensés
pb-spent-label = Dépensé (MAD)
pb-progress = Avancement (%)
pb-updates = Dernières nouvelles
pb-add-update = Ajouter une nouvelle
pb-update-body = Nouvelle
pb-decision = Décision
pb-merge = Doublon : fusionner
pb-merge-into = Fusionner avec
pb-reason = Motifs
pb-proposal-title = Titre
pb-description = Description
pb-photo = Photo (PNG ou JPEG)
pb-as-association = Au nom de mon association vérifiée
pb-submit = Déposer la proposition
pb-may-not-propose = Le règlement de ce cycle ne vous permet pas de proposer un projet.
pb-birth-year = Année de naissance
pb-cast = Enregistrer le bulletin
pb-ballot-invalid = Ce bulletin ne respecte pas le règlement :
pb-ballot-editable = Vous avez déjà voté ; vous pouvez modifier votre bulletin jusqu’à la fin du vote.
pb-ballot-saved = Votre bulletin est enregistré. Vous pouvez le modifier jusqu’à la fin du vote.
pb-voting-closed = Le vote n’est pas ouvert.
pb-voted-on-paper = Un bulletin papier a déjà été enregistré pour vous : vous ne pouvez pas voter en ligne.
pb-already-voted = Cette personne a déjà voté pour ce cycle.
pb-problem-empty = Vous n’avez choisi aucun projet.
pb-problem-unknown = Un projet choisi ne figure pas sur le bulletin.
pb-problem-districts = Vous avez choisi des projets dans { $chosen } quartiers ; le règlement en permet { $max }.
pb-problem-too-few = { $district } : vous avez choisi { $chosen } projet(s) sur au moins { $min }.
pb-problem-too-many = { $district } : vous avez choisi { $chosen } projets ; { $max } au plus.
pb-problem-over = { $district } : { $amount } MAD au-delà du montant du quartier.
pb-problem-too-young = Il faut avoir au moins { $age } ans pour voter.
pb-results-not-yet = Les résultats seront publiés à l’ouverture de la phase des résultats.
pb-csv = Télécharger les résultats (CSV)
pb-pabulib = Données au format pabulib
pb-chart = Voix par projet (en vert : retenus)
pb-compare = Ce qu’auraient choisi d’autres règles
pb-total-cost = Coût total : { $amount } MAD
pb-atom = Flux Atom des nouvelles
pb-admin-title = Budget participatif — { $commune }
pb-new-cycle = Nouveau cycle
pb-year = Année
pb-title-ar = Titre (arabe)
pb-title-fr = Titre (français)
pb-description-ar = Description (arabe)
pb-description-fr = Description (français)
pb-total = Montant total (MAD)
pb-start-information_at = Début de l’information
pb-start-proposals_at = Début du dépôt des propositions
pb-start-review_at = Début de l’étude technique
pb-start-voting_at = Début du vote
pb-start-results_at = Publication des résultats
pb-start-implementation_at = Début de la réalisation
pb-min-age = Âge minimum pour voter
pb-min-projects = Projets au minimum par bulletin
pb-max-projects = Projets au maximum par bulletin
pb-districts-lines = Quartiers, un par ligne : nom arabe | nom français | montant (vide : toute la commune)
pb-categories-lines = Catégories, une par ligne : nom arabe | nom français
pb-field-districts = Chaque ligne : nom arabe | nom français | montant.
pb-field-categories = Chaque ligne : nom arabe | nom français.
pb-calendar-order = Les phases doivent se suivre dans l’ordre.
pb-districts-over-total = Les montants des quartiers dépassent le montant total.
pb-edit-rulebook = Modifier le règlement
pb-edit-rulebook-hint = Le règlement, le calendrier et les montants des quartiers peuvent être modifiés jusqu’à l’ouverture du vote. Chaque modification est inscrite au journal.
pb-rulebook-frozen = Le vote est ouvert : le règlement de ce cycle ne peut plus être modifié.
pb-district-in-use = Un quartier qui a des propositions ne peut pas être supprimé.
pb-category-in-use = Une catégorie qui a des propositions ne peut pas être supprimée.
pb-update-photos = Photos (PNG ou JPEG, { $max } au plus)
pb-update-photos-too-many = Trop de photos pour une seule nouvelle.
pb-update-photo-alt = Photo de l’avancement du projet « { $title } »
pb-by-calendar = Selon le calendrier
pb-open-phase = Phase ouverte
pb-count = Dépouiller et retenir les projets
pb-counted = Le dépouillement est enregistré.
pb-paper = Bulletins papier
pb-paper-number = Numéro du bulletin (souche)
pb-paper-number-used = Ce numéro de bulletin a déjà été utilisé.
pb-paper-saved = Bulletin papier enregistré.
pb-voter-email = Adresse du compte du votant
pb-voter-cin = CIN du votant (sans compte)
pb-voter-required = Indiquez le compte ou la CIN du votant.
pb-voter-unknown = Aucun compte avec cette adresse.
pb-channel-online = En ligne
pb-channel-paper = Papier
pb-channel-import = Importés
pb-channel-count = { $channel } : { $count }
pb-counted-at = Dernier dépouillement : { $date }
pb-mail-review-subject = Votre proposition « { $title } » a été étudiée
pb-mail-review-body = Bonjour { $name },

    L’étude technique de votre proposition « { $title } » est terminée : { $decision }.
    { $reason }

    Détails : { $link }
