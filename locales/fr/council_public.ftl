## council public pages (fr)
## Le conseil en public : sessions, ordre du jour, registre des délibérations, procès-verbaux.

cp-council-title = Le conseil de { $commune }
cp-council-intro = Les sessions du conseil communal, leur ordre du jour et les délibérations adoptées ou rejetées (loi organique 113.14, art. 33 à 48).
cp-nav-sessions = Sessions
cp-nav-register = Registre des délibérations
cp-feed-ical = Calendrier (iCal)
cp-feed-atom = Flux Atom
cp-feed-api = API JSON
cp-ical-name = Sessions du conseil — { $commune }
cp-atom-title = Délibérations du conseil — { $commune }

cp-upcoming = Sessions à venir
cp-upcoming-none = Aucune session n'est prévue pour le moment.
cp-past = Sessions passées
cp-past-none = Aucune session passée n'est enregistrée.
cp-session = Session
cp-session-ordinary = Session ordinaire { $month ->
    [avril] d’avril
    [octobre] d’octobre
   *[other] de { $month }
} { $year }
cp-session-extraordinary = Session extraordinaire du { $date }
cp-dates = Du { $start } au { $end }
cp-session-dates = Dates
cp-session-place = Lieu
cp-session-trigger = Convoquée à la demande
cp-session-trigger-note = Motif de la demande
cp-items-count = { $count ->
    [0] aucun point
    [one] { $count } point
   *[other] { $count } points
}

cp-status-planned = Prévue
cp-status-convened = Convoquée
cp-status-open = En cours
cp-status-closed = Close
cp-status-cancelled = Annulée

cp-trigger-president = du président (art. 36)
cp-trigger-third_of_members = d'un tiers des membres (art. 36)
cp-trigger-absolute_majority = de la majorité absolue des membres (art. 36)
cp-trigger-governor = du gouverneur (art. 37)

cp-deadlines = Délais légaux
cp-deadline-notice = Convocation des membres au plus tard (art. 35)
cp-deadline-agenda = Ordre du jour au gouverneur au plus tard (art. 38)
cp-deadline-governor = Fin du délai du gouverneur pour ajouter des points (art. 39)
cp-deadline-last-day = Dernier jour de la session (art. 34)
cp-deadline-extension = Dernier jour en cas de prolongation unique (art. 34)
cp-deadline-passed = (passé)

cp-sittings = Séances
cp-sittings-none = Aucune séance n'est encore fixée.
cp-sitting = Séance
cp-sitting-public = Publique
cp-sitting-closed = À huis clos (art. 48)
cp-closed-by-president = à la demande du président
cp-closed-by-third_of_members = à la demande d'un tiers des membres
cp-closed-by-governor_for_public_order = à la demande du gouverneur, pour l'ordre public
cp-convocation-first = Première convocation
cp-convocation-second = Deuxième convocation
cp-convocation-third = Troisième convocation
cp-quorum-pending = Présences pas encore enregistrées.
cp-quorum-reached = Quorum atteint, le conseil peut délibérer (art. 42) :
cp-quorum-not_reached = Quorum non atteint, le conseil ne peut pas délibérer (art. 42) :
cp-quorum-any_attendance = Dernière convocation : le conseil délibère quel que soit le nombre de présents (art. 42) :
cp-count-present = { $count ->
    [0] aucun membre présent
    [one] { $count } membre présent
   *[other] { $count } membres présents
}
cp-count-required = { $count ->
    [one] quorum de { $count } membre
   *[other] quorum de { $count } membres
}
cp-count-in-office = { $count ->
    [0] aucun membre en fonction
    [one] sur { $count } membre en fonction
   *[other] sur { $count } membres en fonction
}

cp-agenda = Ordre du jour
cp-agenda-empty = L'ordre du jour n'est pas encore publié.
cp-col-number = N°
cp-col-item = Point
cp-col-committee = Commission
cp-col-source = Origine
cp-col-status = État
cp-col-outcome = Résultat
cp-col-deliberation = Délibération
cp-col-date = Date
cp-col-member = Membre
cp-col-vote = Vote

cp-source-president = Le président
cp-source-members = Des membres du conseil (art. 40)
cp-source-governor = Le gouverneur (art. 39)
cp-source-petition = Une pétition (art. 125)
cp-source-advisory_opinion = Un avis d'une instance consultative
cp-source-participatory_budget = Le budget participatif
cp-source-open-petition = voir la pétition
cp-source-co_creation_call = Un appel à co-construction

cp-item-status-on_agenda = À l'ordre du jour
cp-item-status-decided = Délibéré
cp-item-status-refused = Refusé (motivé)
cp-item-status-postponed = Reporté

cp-outcome-adopted = Adopté
cp-outcome-rejected = Rejeté
cp-outcome-second_sitting_required = Renvoyé à une deuxième séance (art. 43)

cp-minutes = Procès-verbal
cp-minutes-none = Le procès-verbal n'est pas encore signé.
cp-minutes-read = Lire le procès-verbal signé
cp-minutes-corrects = (rectifie le procès-verbal n° { $id })
cp-minutes-title = Procès-verbal — { $session }
cp-minutes-correction = Ce procès-verbal rectifie
cp-minutes-original = le procès-verbal initial
cp-minutes-corrected = Ce procès-verbal a été rectifié :
cp-signatures = Signatures (art. 47)
cp-signed-president = Le président
cp-signed-secretary = Le secrétaire du conseil

cp-register-title = Registre des délibérations
cp-register-intro = Toutes les délibérations du conseil, dans l'ordre des dates (art. 47). Un projet non encore signé est signalé comme tel.
cp-register-empty = Aucune délibération ne correspond à cette recherche.
cp-search-words = Mots
cp-search-year = Année
cp-search-committee = Commission
cp-search-outcome = Résultat
cp-search-any = Tous
cp-search-submit = Rechercher
cp-deliberations-count = { $count ->
    [0] aucune délibération sur cette page
    [one] { $count } délibération sur cette page
   *[other] { $count } délibérations sur cette page
}

cp-deliberation-number = Délibération n° { $number }
cp-state = État
cp-state-signed = Signée
cp-state-draft = Projet non signé
cp-draft-note = Ce texte est un projet : il n'est pas encore signé et peut encore changer.
cp-corrects = Cette délibération rectifie la délibération
cp-corrected-by = Cette délibération a été rectifiée par la délibération
cp-decided-on = Date de la délibération
cp-text = Texte
cp-print = Version imprimable

cp-vote-title = Vote
cp-vote-none = Aucun vote n'est enregistré.
cp-vote-present = Membres présents
cp-vote-in-office = Membres en fonction
cp-vote-ballot = Tour
cp-vote-basis = Majorité requise
cp-vote-decision = Décision
cp-vote-reason = Motif
cp-vote-president = Vote du président
cp-votes-needed = { $count ->
    [0] aucune voix requise
    [one] { $count } voix pour requise
   *[other] { $count } voix pour requises
}
cp-choice-in_favour = Pour
cp-choice-against = Contre
cp-choice-abstain = Abstention
cp-ballot-first = Premier vote
cp-ballot-second_sitting = Deuxième séance (art. 43, al. 2)
cp-basis-votes_cast = Majorité absolue des suffrages exprimés (art. 43)
cp-basis-members_in_office = Majorité absolue des membres en fonction (art. 43)
cp-reason-majority_in_favour = La majorité requise a voté pour.
cp-reason-majority_not_reached = La majorité requise n'est pas atteinte.
cp-reason-tie_broken_by_president = Partage égal des voix : le côté du président l'emporte (art. 43).
cp-reason-tie_without_president_side = Partage égal des voix sans vote du président pour ou contre : la proposition n'est pas adoptée.
cp-reason-no_votes_cast = Aucun suffrage exprimé.
cp-member-votes = Vote de chaque membre
cp-member-votes-none = Le vote a été enregistré en nombre de voix, sans le vote nominatif de chaque membre.
cp-session-extended = prolongée jusqu’au { $date } par décision du président (art. 34)

## Art. 48: the council's vote on a request to sit closed
cp-closed-council-adopted = Le conseil a décidé sans débat de siéger à huis clos ({ $in_favour } pour, { $against } contre, { $abstain } abstentions ; art. 48).
cp-closed-council-rejected = Un huis clos a été demandé ; le conseil ne l’a pas accepté ({ $in_favour } pour, { $against } contre, { $abstain } abstentions ; art. 48) : la séance a été publique.
cp-session-request = Demande (arts. 36–37)
cp-session-request-detail = reçue par le président le { $date } ; membres signataires : { $members }
cp-request-line = Demande reçue le { $date }, signée par { $count } des { $in_office } membres en fonction :
