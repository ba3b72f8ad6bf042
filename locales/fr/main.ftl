## Musharaka — French messages. Every id here must also exist in ar.ftl.

app-name = Musharaka
app-tagline = La participation citoyenne dans les communes du Maroc
lang-name = Français
skip-to-content = Aller au contenu
nav-home = Accueil
nav-communes = Communes
nav-login = Se connecter
nav-logout = Se déconnecter
nav-register = Créer un compte
nav-profile = Mon compte
nav-admin = Administration
nav-language = Langue
footer-text = Musharaka — plateforme de participation citoyenne (loi organique 113.14, art. 119 à 125).

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

members-count = { $count ->
    [zero] aucun membre
    [one] { $count } membre
   *[other] { $count } membres
}
communes-count = { $count ->
    [one] { $count } commune
   *[other] { $count } communes
}

## Errors
error-not_found = Cette page n’existe pas.
error-commune_not_found = Cette commune n’est pas sur la plateforme.
error-unauthenticated = Connectez-vous pour continuer.
error-forbidden = Vous n’avez pas le droit de faire cela.
error-invalid_input = Certains champs sont à corriger.
error-csrf_invalid = Le formulaire a expiré. Rechargez la page et réessayez.
error-rate_limited = Trop de tentatives. Patientez une minute avant de réessayer.
error-email_taken = Un compte existe déjà avec cette adresse.
error-invalid_credentials = Adresse ou mot de passe incorrect.
error-email_not_confirmed = Confirmez d’abord votre adresse : le lien vous a été envoyé par courriel.
error-token_invalid = Ce lien n’est plus valide. Demandez-en un nouveau.
error-upload_too_large = Le fichier est trop volumineux.
error-upload_type = Ce type de fichier n’est pas accepté (PDF, PNG ou JPEG).
error-payload_too_large = La requête est trop volumineuse.
error-conflict = Cette action a déjà été faite ou entre en conflit avec une autre.
error-busy = Le service est très sollicité. Réessayez dans un instant.
error-unavailable = Le service est momentanément indisponible.
error-internal = Une erreur inattendue s’est produite. Elle a été enregistrée.
error-title = Erreur { $status }
error-back-home = Retour à l’accueil

## Field errors
field-required = Ce champ est obligatoire.
field-email = Adresse électronique invalide.
field-password-short = Au moins 10 caractères.
field-too-long = Texte trop long.
field-number = Nombre invalide.
field-date = Date invalide (AAAA-MM-JJ).
field-choice = Choix invalide.
form-has-errors = Le formulaire contient des erreurs, voir les champs marqués.

## National page
home-title = Les communes sur Musharaka
home-petitions = Pétitions dans toutes les communes
home-intro = Choisissez votre commune pour suivre son conseil, déposer ou signer une pétition et participer à ses budgets participatifs.
commune-population = { $population } habitants (RGPH { $year })
commune-arrondissements = Commune à arrondissements
col-commune = Commune
col-province = Province
col-region = Région
col-population = Population

## Commune home
commune-council = Le conseil communal
commune-council-sessions = Sessions et délibérations du conseil
commune-committees = Les commissions permanentes
commune-contact = Contact
commune-address = Adresse
commune-phone = Téléphone
commune-email = Courriel
commune-no-members = Aucun membre n’est encore enregistré.
commune-no-committees = Aucune commission n’est encore enregistrée.
committee-chair = Présidence : { $name }
committee-members = Membres
role-president = Président(e)
role-vice_president = Vice-président(e)
role-vice_president-rank = { $rank }ᵉ vice-président(e)
role-secretary = Secrétaire du conseil
role-deputy_secretary = Secrétaire adjoint(e)
role-member = Membre
gender-female = Femme
gender-male = Homme
member-group = Groupe : { $group }
member-term = Mandat depuis le { $start }

## Accounts
register-title = Créer un compte
register-intro = Un compte vous permet de signer des pétitions, de voter et de représenter une association.
field-name = Nom complet
field-email-label = Adresse électronique
field-password = Mot de passe
field-password-hint = Au moins 10 caractères.
field-commune = Commune de résidence
field-lang = Langue préférée
field-none = — aucune —
register-submit = Créer mon compte
register-done-title = Vérifiez votre boîte de réception
register-done = Un lien de confirmation a été envoyé à { $email }. Il est valable 48 heures.
login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-no-account = Pas encore de compte ?
confirm-title = Confirmer votre adresse
confirm-intro = Appuyez sur le bouton pour confirmer votre adresse électronique et activer votre compte.
confirm-button = Je confirme mon adresse
confirm-done = Votre adresse est confirmée. Vous pouvez vous connecter.
confirm-resend = Renvoyer le lien de confirmation
forgot-title = Mot de passe oublié
forgot-intro = Indiquez votre adresse : si un compte existe, un lien pour choisir un nouveau mot de passe y sera envoyé.
forgot-submit = Envoyer le lien
forgot-done = Si un compte existe pour cette adresse, un lien vient d’y être envoyé. Il est valable 2 heures.
reset-title = Nouveau mot de passe
reset-submit = Enregistrer le mot de passe
reset-done = Votre mot de passe a été changé. Connectez-vous.
profile-title = Mon compte
profile-saved = Vos informations ont été enregistrées.
profile-submit = Enregistrer
profile-roles = Mes rôles
profile-no-roles = Aucun rôle dans une commune.
profile-platform-admin = Administrateur de la plateforme
profile-email-confirmed = Adresse confirmée
profile-email-unconfirmed = Adresse non confirmée
logout-done = Vous êtes déconnecté(e).
profile-password = Mot de passe
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
profile-password-submit = Changer le mot de passe
password-changed = Votre mot de passe a été changé. Vos autres sessions sont fermées.
profile-sessions = Sessions
profile-sessions-hint = Fermez toutes vos sessions, sur cet appareil et sur tous les autres (un ordinateur public, un téléphone perdu).
profile-sessions-end = Se déconnecter partout
sessions-ended = Toutes vos sessions sont fermées. Connectez-vous de nouveau.

## Roles
role-name-admin = Point focal participation (administration)
role-name-secretariat = Secrétariat du conseil
role-name-bureau = Bureau du conseil
role-name-body_secretary = Secrétariat d’une instance consultative
role-name-reviewer = Examen technique (budget participatif)
role-name-evaluator = Évaluation (co-construction)

## Associations
association-title = Mon association
association-intro = Représentez une association pour déposer des pétitions (art. 124) et répondre aux appels à projets. Les services de la commune du siège vérifient votre dossier.
field-name-ar = Nom en arabe
field-name-fr = Nom en français
field-receipt-number = Numéro du récépissé définitif
field-receipt-date = Date du récépissé
field-founded-on = Date de création
field-seat-commune = Commune du siège
field-activity = Domaine d’activité
field-statutes = Statuts (PDF, 5 Mo au plus)
association-submit = Envoyer le dossier
association-status-pending = En attente de vérification
association-status-verified = Vérifiée
association-status-rejected = Refusée : { $reason }
association-tab-pending = En attente
association-tab-verified = Vérifiées
association-tab-rejected = Refusées
association-saved = Le dossier de l’association a été envoyé pour vérification.
association-statutes-link = Voir les statuts

## Mail
mail-confirm-subject = Confirmez votre adresse — Musharaka
mail-confirm-body = Bonjour { $name },

    Pour confirmer votre adresse et activer votre compte Musharaka, ouvrez ce lien (valable 48 heures) :
    { $link }

    Si vous n’avez pas créé de compte, ignorez ce message.
mail-reset-subject = Nouveau mot de passe — Musharaka
mail-reset-body = Bonjour { $name },

    Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 2 heures) :
    { $link }

    Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.
mail-register-taken-subject = Tentative d’inscription avec votre adresse — Musharaka
mail-register-taken-body = Bonjour { $name },

    Quelqu’un vient d’essayer de créer un compte Musharaka avec votre adresse, qui en a déjà un. Aucun compte n’a été créé.
    Si c’était vous et que vous avez oublié votre mot de passe, choisissez-en un nouveau ici :
    { $link }

    Sinon, ignorez ce message : votre compte ne change pas.
mail-association-subject = Votre association sur Musharaka
mail-association-verified = Bonjour { $name },

    Le dossier de l’association « { $association } » a été vérifié par la commune. Vous pouvez maintenant agir en son nom.
mail-association-rejected = Bonjour { $name },

    Le dossier de l’association « { $association } » n’a pas été accepté, pour la raison suivante :
    { $reason }

    Vous pouvez corriger le dossier et l’envoyer de nouveau.

## Back office
admin-title = Administration — { $commune }
admin-dashboard = Tableau de bord
admin-commune = Fiche de la commune
admin-council = Conseil (secrétariat)
admin-petitions = Pétitions (bureau)
admin-members = Membres du conseil
admin-committees = Commissions
admin-associations = Associations
admin-roles = Rôles
admin-audit = Journal des décisions
admin-saved = Modifications enregistrées.
admin-deleted = Élément supprimé.
admin-pending-associations = { $count ->
    [zero] Aucune association à vérifier.
    [one] Une association attend une vérification.
   *[other] { $count } associations attendent une vérification.
}
admin-edit = Modifier
admin-delete = Supprimer
admin-add = Ajouter
admin-save = Enregistrer
admin-cancel = Annuler
admin-actions = Actions
field-region-ar = Région (arabe)
field-region-fr = Région (français)
field-province-ar = Province (arabe)
field-province-fr = Province (français)
field-name-tzm = Nom en tamazight (facultatif)
field-population = Population
field-census-year = Année du recensement
field-has-arrondissements = Commune à arrondissements
field-phone = Téléphone
field-address-ar = Adresse (arabe)
field-address-fr = Adresse (français)
field-logo = Logo (PNG ou JPEG)
field-gender = Genre
field-role = Fonction
field-vice-rank = Rang (vice-président)
field-group = Groupe politique (facultatif)
field-term-start = Début du mandat
field-term-end = Fin du mandat (facultatif)
field-chair = Président(e) de la commission
field-committee-members = Membres de la commission
member-new = Nouveau membre
committee-new = Nouvelle commission
committee-limit = Un conseil compte de 2 à 5 commissions permanentes (art. 25).
associations-none = Aucune association dont le siège est dans cette commune.
association-verify = Vérifier
association-reject = Refuser
field-reason = Motif
col-name = Nom
col-status = État
col-email = Courriel
col-role = Rôle
col-date = Date
col-action = Action
col-target = Objet
col-actor = Auteur
roles-grant = Attribuer un rôle
roles-revoke = Retirer
roles-none = Aucun rôle attribué.
roles-account-email = Adresse du compte
audit-none = Aucune décision enregistrée.
pagination-previous = Précédent
pagination-next = Suivant
pagination-page = Page { $page }
search-label = Rechercher
search-submit = Rechercher

## Platform administration (national directorate)
nav-platform = Plateforme
platform-title = Administration de la plateforme
platform-intro = Toutes les communes de la plateforme, et la création d’une nouvelle commune.
platform-communes = Communes
platform-commune-new = Nouvelle commune
platform-commune-create = Créer la commune
platform-commune-created = Commune créée.
platform-no-communes = Aucune commune ne correspond.
platform-first-admin = Premier administrateur (facultatif)
platform-first-admin-help = L’adresse d’un compte existant, qui reçoit le rôle d’administrateur de la commune.
field-slug = Adresse sur le site
field-slug-help = Lettres minuscules non accentuées, chiffres et tirets, par exemple sidi-ifni ; elle ne change plus après la création.
slug-invalid = Adresse invalide : lettres minuscules non accentuées, chiffres et tirets seulement (2 à 63 caractères), et pas un mot réservé.
account-unknown = Aucun compte n’a cette adresse : la personne doit d’abord créer son compte.
slug-taken = Cette adresse est déjà celle d’une autre commune.
col-created = Créée le
col-role-holders = Titulaires de rôles

## A commune's home for participation (issue 18)
home-sections = Rubriques de la commune
home-open-now = Ouvert en ce moment
home-nothing-open = Rien n’est ouvert à la participation en ce moment : consultez les rubriques ci-dessus.
home-kind-petition = Pétition
home-kind-consultation = Consultation publique
home-kind-call = Appel à projets
home-kind-information = Information
home-information-text = Demandez un document ou une information détenus par la commune (loi 31.13).
home-signatures = { $count ->
    [one] { $count } signature
   *[other] { $count } signatures
}
home-ballots = { $count ->
    [one] { $count } bulletin reçu
   *[other] { $count } bulletins reçus
}
home-until = Jusqu’au { $date }
home-next-session = Prochaine session du conseil
home-session-dates = Du { $start } au { $end }
home-in-days = { $days ->
    [0] aujourd’hui
    [one] dans { $days } jour
   *[other] dans { $days } jours
}
home-latest-deliberations = Dernières délibérations
home-answers = Réponses aux pétitions
home-no-answers = Aucune pétition n’a encore reçu de réponse.
home-figures = La participation en chiffres
home-fig-petitions = pétitions déposées
home-fig-signatures = signatures
home-fig-ballots = bulletins de vote (budget participatif)
home-fig-members = membres du conseil
home-bureau = Le bureau

## Footer, privacy notice (law 09.08), accessibility statement, legal information
footer-nav = Informations sur le site
footer-privacy = Données personnelles
footer-accessibility = Accessibilité
footer-legal = Informations légales
notices-privacy-title = Données personnelles
notices-privacy-controller = La commune de { $commune } est responsable des données personnelles traitées sur ses pages (loi 09.08 relative à la protection des personnes physiques à l’égard du traitement des données à caractère personnel).
notices-privacy-controller-national = Chaque commune est responsable des données personnelles traitées sur ses propres pages : sa page « Données personnelles », en bas de chacune de ses pages, donne son contact (loi 09.08).
notices-privacy-what-title = Ce qui est collecté, et pourquoi
notices-privacy-account = Votre compte : nom, adresse électronique, mot de passe (gardé sous une forme qui ne permet pas de le relire) et langue, pour vous identifier et vous écrire.
notices-privacy-petition = La signature d’une pétition : nom, numéro de CNIE, adresse et inscription sur les listes électorales, exigés par la loi organique 113.14 (art. 121 à 125) pour vérifier la pétition. Le numéro de CNIE est chiffré ; seuls le bureau du conseil et le mandataire de la pétition voient ces données, jamais publiées.
notices-privacy-vote = Le vote au budget participatif : votre compte ou votre CNIE, pour qu’une personne ne vote qu’une fois. Les choix ne sont publiés qu’en totaux.
notices-privacy-writing = Propositions, commentaires, questions et demandes d’information (loi 31.13) : ce que vous écrivez et le nom que vous choisissez de montrer, pour vous répondre.
notices-privacy-technical = Données techniques : l’adresse IP, gardée peu de temps pour limiter les abus ; deux cookies seulement, la session et la langue. Aucun cookie publicitaire ni de mesure d’audience.
notices-privacy-how-long-title = Combien de temps
notices-privacy-how-long = Les données des signataires d’une pétition sont effacées { $months } mois après la décision finale. Votre compte est gardé jusqu’à ce que vous le supprimiez. Ce que vous publiez reste public avec la suite qui lui a été donnée.
notices-privacy-who-title = Qui y a accès
notices-privacy-who = Les services de la commune chargés de chaque démarche, et le bureau du conseil pour les pétitions. Rien n’est vendu ni cédé, rien n’est transféré à l’étranger.
notices-privacy-rights-title = Vos droits, et qui contacter
notices-privacy-rights = Vous pouvez demander l’accès à vos données, leur rectification, ou vous opposer à leur traitement (loi 09.08, art. 7 à 9) en écrivant au contact ci-dessous. Vous pouvez aussi saisir la CNDP (www.cndp.ma).
notices-privacy-contact = Responsable des données personnelles
notices-contact-missing = Contact général de la commune
notices-cndp = Référence de la déclaration à la CNDP
notices-field-privacy-email = Courriel pour les données personnelles
notices-field-privacy-phone = Téléphone pour les données personnelles
notices-accessibility-title = Accessibilité
notices-accessibility-intro = Ce site vise le niveau AA des règles WCAG 2.1, en arabe, en français et en tamazight, sur téléphone comme sur ordinateur, avec ou sans JavaScript.
notices-accessibility-status = État : partiellement conforme. Les pages les plus utilisées (accueil de la commune, pétition, vote et résultats du budget participatif) sont vérifiées automatiquement (axe-core) à 360 et à 1 280 pixels de large.
notices-accessibility-limits = Limites connues : des documents joints par la commune (PDF, photos) peuvent ne pas être accessibles ; des pages de gestion n’existent qu’en arabe et en français.
notices-accessibility-email = Signaler un problème d’accessibilité
notices-accessibility-contact = Un obstacle vous empêche d’accéder à un contenu ou à un service ? Écrivez-nous : nous vous répondrons et vous fournirons le contenu sous une autre forme.
notices-legal-title = Informations légales
notices-legal-publisher-title = Éditeur
notices-legal-publisher = Ce site est édité par la commune de { $commune }.
notices-legal-publisher-national = Chaque commune édite ses propres pages ; la plateforme Musharaka les réunit.
notices-legal-director = Directeur de la publication
notices-legal-host = Hébergement
notices-legal-software-title = Logiciel
notices-legal-software = Musharaka, plateforme de participation citoyenne des communes (loi organique 113.14, art. 119 à 125).
notices-admin-tab = Contacts et mentions
notices-admin-intro = Ces contacts apparaissent sur les pages de la commune :

## Deadlines that passed
days-overdue = { $days ->
    [one] en retard de { $days } jour
   *[other] en retard de { $days } jours
}
field-opposition = Membre de l’opposition (art. 27)
member-opposition = Opposition
field-committee-purpose = Objet (art. 25)
committee-purpose-budget_finance = Budget, affaires financières et programmation (commission obligatoire)
committee-purpose-public_services = Services et équipements publics (commission obligatoire)
committee-purpose-other = Autre objet fixé par le règlement intérieur
committee-chair-opposition = Présidence réservée à l’opposition (art. 27)
committee-error-chair-member = La présidence revient à un membre de la commission, qui en est le rapporteur (arts. 25 et 28).
committee-error-purpose-taken = Le conseil a déjà une commission permanente pour cet objet : il crée une commission du budget, des affaires financières et de la programmation et une des services et équipements publics (art. 25).
committee-problem-too-few = Le conseil crée au moins deux commissions permanentes (art. 25).
committee-problem-too-many = Le conseil crée au plus cinq commissions permanentes (art. 25).
committee-problem-missing-budget_finance = Il manque la commission permanente du budget, des affaires financières et de la programmation, obligatoire (art. 25).
committee-problem-missing-public_services = Il manque la commission permanente des services et équipements publics, obligatoire (art. 25).
committee-problem-opposition-chair = La présidence d’une commission permanente est réservée à l’opposition, et aucun de ses membres n’en préside une (art. 27).
