## Accès à l'information (loi 31.13) et réclamations (décret 2.17.265)

role-name-information_officer = Chargé(e) de l'accès à l'information
req-home-link = Accès à l'information et réclamations
req-title = Accès à l'information — { $commune }
req-title-short = Demandes d'information
req-intro = Toute citoyenne, tout citoyen, et toute personne étrangère résidant légalement au Maroc, peut demander les informations détenues par la commune (loi 31.13, art. 2 à 4). La commune répond dans les 20 jours ouvrables (art. 16), dans les 3 jours quand la vie, la sécurité ou la liberté des personnes est en jeu (art. 17). L'accès est gratuit ; seuls les frais de copie et d'envoi peuvent être demandés (art. 5).
req-new = Demander une information
req-new-help = Les champs suivent le modèle de l'article 14. Un récépissé numéroté vous est remis aussitôt.
req-mine = Mes demandes et réclamations
req-officers = Personnes chargées (art. 12)
req-no-officer = La commune n'a pas encore désigné de personne chargée ; la demande est reçue par son administration.
req-stats = Statistiques
req-stat-received = demandes reçues
req-stat-on-time = répondues dans le délai
req-stat-extended = délais prorogés
req-stat-refused = refus motivés
req-stat-overdue = en retard
req-stat-appealed = réclamations au président
req-stats-json = Ces chiffres en JSON
req-ground = Motif
req-count = Nombre
req-how = Les étapes
req-how-1 = Vous déposez la demande (en ligne, au bureau d'ordre ou par courrier) et recevez un récépissé numéroté (art. 14).
req-how-2 = La commune répond dans les 20 jours ouvrables ; elle peut prolonger une fois de 20 jours en vous avisant avant la fin du premier délai, avec ses raisons (art. 16).
req-how-3 = Un refus est motivé par écrit et nomme son motif (art. 18).
req-how-4 = Sans réponse, ou après un refus, vous pouvez saisir le président de la commune dans les 20 jours ouvrables (art. 19), puis la Commission du droit d'accès à l'information dans les 30 jours (art. 20), puis le tribunal administratif (art. 21).
req-publications = Publications de la commune
req-publications-title = Ce que publie la commune — { $commune }
req-publications-intro = Le registre de publication proactive (loi 31.13, art. 10) : budgets et comptes, services et procédures, délibérations, marchés, recrutements, rapports.
req-none = Rien pour le moment.
req-choose = — choisir —
req-field-name = Nom et prénom
req-field-address = Adresse
req-field-id-kind = Pièce d'identité
req-field-id-number = Numéro de la pièce
req-id-why = Exigé par l'article 14 de la loi 31.13. Il est chiffré et n'est jamais affiché ni publié.
req-id-protected = numéro chiffré, jamais affiché
req-field-email = Adresse e-mail
req-field-information = Information demandée
req-field-form = Forme souhaitée
req-field-urgent = Urgent : la vie, la sécurité ou la liberté de personnes est en jeu (art. 17)
req-submit = Envoyer
req-idkind-cin = Carte nationale d'identité (CIN)
req-idkind-residence = Titre de séjour (personne étrangère)
req-form-on_site = Consultation sur place
req-form-email = Par e-mail
req-form-medium = Sur un support
req-channel = Canal
req-channel-online = En ligne
req-channel-desk = Au bureau d'ordre
req-channel-post = Par courrier
req-number = Numéro
req-received-on = Reçue le
req-due-on = Réponse due le
req-extended-on = Délai prorogé le
req-urgent = urgent
req-receipt = Récépissé
req-receipt-note = Conservez ce récépissé : son numéro permet de suivre la demande. La commune répond dans le délai légal indiqué.
req-request-title = Demande { $number }
req-status-received = Reçue
req-status-extended = Délai prorogé
req-status-delivered = Information communiquée
req-status-partial = Communiquée en partie
req-status-refused = Refusée
req-status-appealed = Réclamation au président
req-status-appeal_decided = Réclamation tranchée
req-answer = Réponse
req-answer-kind = Type de réponse
req-answer-kind-delivered = Information communiquée
req-answer-kind-partial = Communication partielle (art. 8)
req-answer-kind-refused = Refus motivé (art. 18)
req-ground-not_held = Information non disponible
req-ground-exception = Exception de l'article 7
req-ground-published = Déjà publiée et accessible
req-ground-repeated = Demande répétée dans l'année
req-ground-unclear = Demande imprécise
req-ground-in_preparation = Information en cours de préparation
req-ground-archives = Déposée aux Archives du Maroc
req-exception = Exception (art. 7)
req-exception-national_defence = Défense nationale
req-exception-state_security = Sûreté intérieure et extérieure de l'État
req-exception-private_life = Vie privée, données personnelles
req-exception-fundamental_rights = Libertés et droits fondamentaux
req-exception-sources = Protection des sources
req-exception-foreign_relations = Relations avec un autre État ou une organisation
req-exception-monetary_policy = Politique monétaire, économique ou financière
req-exception-intellectual_property = Propriété industrielle, droits d'auteur
req-exception-whistleblowers = Victimes, témoins, experts et dénonciateurs
req-exception-secret_by_law = Secret prévu par une loi
req-exception-investigations = Enquêtes administratives
req-exception-judicial_proceedings = Procédures judiciaires
req-exception-free_competition = Libre concurrence et initiative privée
req-detail = Précision
req-costs = Frais de copie et d'envoi (art. 5)
req-right-to-complain = Vous avez le droit de présenter une réclamation au président de la commune dans les 20 jours ouvrables qui suivent cette réponse (loi 31.13, art. 18 et 19).
req-appeal = Réclamation au président (art. 19)
req-appeal-help = Vous pouvez saisir le président de la commune jusqu'au { $date }.
req-field-appeal = Votre réclamation
req-appeal-submit = Envoyer la réclamation
req-appeal-due = Le président doit statuer avant le { $date } (15 jours).
req-appeal-sent = Votre réclamation a été transmise au président de la commune.
req-outcome = Décision
req-outcome-granted = Réclamation accueillie : l'information sera communiquée
req-outcome-dismissed = Réclamation rejetée
req-next-steps = Étape suivante : vous pouvez saisir la Commission du droit d'accès à l'information jusqu'au { $date } (art. 20), puis le tribunal administratif dans les 60 jours de sa réponse (art. 21).
req-history = Historique
req-history-received = Demande reçue
req-history-extended = Délai prorogé
req-history-delivered = Information communiquée
req-history-partial = Information communiquée en partie
req-history-refused = Refus motivé
req-history-appealed = Réclamation au président
req-history-appeal_granted = Réclamation accueillie
req-history-appeal_dismissed = Réclamation rejetée
req-pubcat-budget = Budgets et comptes
req-pubcat-services = Services et procédures
req-pubcat-deliberations = Délibérations
req-pubcat-procurement = Marchés publics
req-pubcat-recruitment = Recrutements
req-pubcat-reports = Rapports et études
req-pubcat-organisation = Missions, structures et contacts
req-admin-requests = Demandes d'information
req-admin-publications = Registre des publications
req-show-all = Tout afficher
req-show-open = Seulement les demandes en cours
req-days = Jours ouvrables
req-days-left = { $days } j. ouvrables restants
req-due-today = dernier jour
req-days-late = en retard de { $days } j. ouvrables
req-register = Saisir une demande reçue au bureau ou par courrier
req-same-requester = Le même demandeur a déposé { $count } autre(s) demande(s) dans l'année (art. 18).
req-field-answer = Réponse (ou lieu et heure de consultation)
req-field-detail = Partie exceptée (art. 8) ou référence de la publication (art. 18)
req-field-costs = Frais (MAD)
req-costs-help = Seulement les frais de copie et d'envoi (art. 5), indiqués avant la remise.
req-answer-submit = Répondre
req-extend = Proroger le délai (art. 16)
req-extend-help = Une seule fois, avec les raisons, avant la fin du premier délai ({ $date }).
req-field-reason = Raisons de la prorogation
req-extend-submit = Proroger et aviser le demandeur
req-field-decision = Décision motivée
req-decide-submit = Statuer
req-head-decides = Le président de la commune (l'administration de la commune) statue sur la réclamation.
req-publication-add = Ajouter une publication
req-field-category = Rubrique
req-field-title = Titre
req-field-url = Lien
req-field-published-on = Publié le
req-error-id = Numéro de pièce invalide (CIN : 1 ou 2 lettres puis des chiffres).
req-error-email = Adresse e-mail invalide.
req-error-email-needed = Une adresse e-mail est nécessaire pour recevoir l'information par e-mail.
req-error-received-on = La date de réception doit être passée et de moins d'un an.
req-error-extended-once = Le délai ne peut être prorogé qu'une fois (art. 16).
req-error-extension-late = Le premier délai est écoulé : l'avis de prorogation devait partir avant (art. 16).
req-error-ground = Un refus doit nommer son motif (art. 18).
req-error-exception = Nommez l'exception de l'article 7 invoquée.
req-error-appeal-not-yet = Le délai de réponse court encore : la réclamation sera possible à son terme.
req-error-appeal-late = Le délai de 20 jours ouvrables pour saisir le président est écoulé (art. 19).
req-error-appeal-not-open = Cette demande ne peut plus faire l'objet d'une réclamation.
req-error-url = Un lien commençant par https:// ou /.
req-mail-receipt-subject = Récépissé de votre demande d'information { $number }
req-mail-receipt-body = Bonjour,

    { $commune } a reçu le { $received } votre demande d'information, enregistrée sous le numéro { $number }.
    La réponse est due au plus tard le { $due } (loi 31.13, art. 16).

    Suivre la demande : { $link }
req-mail-extended-subject = Demande { $number } : délai prorogé
req-mail-extended-body = Bonjour,

    Le délai de réponse à votre demande { $number } est prorogé une fois jusqu'au { $due } (loi 31.13, art. 16), pour la raison suivante :
    { $reason }

    { $link }
req-mail-answered-subject = Réponse à votre demande { $number }
req-mail-answered-body = Bonjour,

    La commune a répondu à votre demande { $number }. Lisez la réponse :
    { $link }
req-mail-appeal-decided-subject = Décision sur votre réclamation ({ $number })
req-mail-appeal-decided-body = Bonjour,

    Le président de la commune a statué sur votre réclamation concernant la demande { $number } :
    { $link }
req-mail-appeal-subject = Réclamation à trancher : demande { $number }
req-mail-appeal-body = Une réclamation (loi 31.13, art. 19) a été déposée sur la demande { $number }. Décision attendue avant le { $due }.
    { $link }
req-mail-reminder-subject = Rappel : demande d'information { $number }, réponse due le { $due }
req-mail-reminder-body = La demande { $number } attend une réponse, due le { $due } (loi 31.13, art. 16).
    { $link }

cmp-title = Réclamations, observations et suggestions — { $commune }
cmp-title-short = Réclamations, observations et suggestions
cmp-intro = Signalez un problème, faites une observation ou une suggestion. La commune accuse réception dans les 15 jours et répond dans les 60 jours (décret 2.17.265). Les observations et suggestions peuvent être anonymes.
cmp-new = Déposer une réclamation ou une suggestion
cmp-sign-in-for-complaint = Une réclamation demande d'être connecté(e) pour recevoir la réponse ; une observation ou une suggestion peut être envoyée sans compte, anonymement.
cmp-stat-total = reçues
cmp-stat-answered = répondues
cmp-stat-on-time = répondues dans les 60 jours
cmp-stat-overdue = en retard
cmp-stat-ack-days = jours en moyenne avant l'accusé de réception
cmp-stat-answer-days = jours en moyenne avant la réponse
cmp-by-kind = Par type
cmp-by-category = Par catégorie
cmp-by-district = Par quartier
cmp-by-month = Par mois
cmp-month = Mois
cmp-received = Reçues
cmp-answered = Répondues
cmp-no-district = Non précisé
cmp-field-kind = Type
cmp-field-category = Catégorie
cmp-field-subject = Objet
cmp-field-body = Description
cmp-field-district = Quartier
cmp-field-address = Adresse ou lieu
cmp-field-name = Nom
cmp-field-anonymous = Envoyer anonymement (observations et suggestions)
cmp-anonymous-help = Anonyme : votre nom n'est pas enregistré et vous ne recevrez pas de réponse personnelle.
cmp-field-desk = Bureau ou arrondissement de réception
cmp-field-note = Commentaire
cmp-kind-complaint = Réclamation
cmp-kind-observation = Observation
cmp-kind-suggestion = Suggestion
cmp-cat-service = Service administratif
cmp-cat-works = Travaux
cmp-cat-hygiene = Hygiène et propreté
cmp-cat-lighting = Éclairage public
cmp-cat-roads = Voirie
cmp-cat-reception = Accueil
cmp-cat-urbanism = Urbanisme
cmp-cat-other = Autre
cmp-status-received = Reçue
cmp-status-acknowledged = Accusé de réception
cmp-status-answered = Répondue
cmp-receipt = Récépissé
cmp-ack-by = Accusé de réception au plus tard le
cmp-answer-by = Réponse au plus tard le
cmp-follow = Suivre
cmp-page-title = Réclamation { $number }
cmp-rate = Êtes-vous satisfait(e) de la réponse ?
cmp-your-rating = Votre avis
cmp-sat-satisfied = Satisfait(e)
cmp-sat-partly = En partie
cmp-sat-unsatisfied = Pas satisfait(e)
cmp-thanks = Merci pour votre avis.
cmp-error-anonymous-complaint = Une réclamation ne peut pas être anonyme ; une observation ou une suggestion peut l'être.
cmp-history-received = Reçue
cmp-history-acknowledged = Accusé de réception
cmp-history-routed = Transmise au service
cmp-history-note = Note interne
cmp-history-answered = Répondue
cmp-history-rated = Avis donné
cmp-internal = interne
cmp-admin-title = Réclamations
cmp-register = Saisir une réclamation reçue au bureau
cmp-overdue = en retard
cmp-anonymous = Anonyme
cmp-service = Service chargé
cmp-acknowledge = Accuser réception
cmp-route = Transmettre au service
cmp-note = Ajouter une note interne
cmp-answer = Répondre
cmp-mail-receipt-subject = Récépissé { $number }
cmp-mail-receipt-body = Bonjour,

    { $commune } a bien reçu votre message, enregistré sous le numéro { $number }. Une réponse vous parviendra au plus tard le { $due } (décret 2.17.265).
    { $link }
cmp-mail-ack-subject = Accusé de réception { $number }
cmp-mail-ack-body = Bonjour,

    Votre réclamation { $number } est prise en charge par { $commune }. Réponse au plus tard le { $due }.
    { $link }
cmp-mail-answered-subject = Réponse à votre réclamation { $number }
cmp-mail-answered-body = Bonjour,

    { $commune } a répondu à votre réclamation { $number }. Lisez la réponse et dites-nous si elle vous satisfait :
    { $link }
cmp-mail-reminder-subject = Rappel : réclamation { $number }
cmp-mail-reminder-body = La réclamation { $number } attend un accusé de réception ou une réponse (décret 2.17.265 : 15 et 60 jours).
    { $link }
req-appeal-paper = Saisir une réclamation au président reçue au bureau ou par courrier (art. 19)
