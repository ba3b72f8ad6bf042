# Issue 16 (items 9–13) and the petitions part of issue 18: one ballot per person, an
# association's branch and final receipt, the stored placement, the postponed state.

## One ballot per person per cycle, whatever the channel
lp-ballot-cin = Numéro de la carte nationale (CIN)
lp-ballot-cin-why = Une voix par personne et par cycle, en ligne ou sur papier. Votre numéro de CIN n'est conservé que sous forme d'empreinte chiffrée illisible, pour ce seul contrôle, et n'est affiché nulle part (loi 09.08).
lp-ballot-cin-required = Indiquez le numéro de CIN du votant : une voix par personne.
lp-ballot-cin-voted-online = Le titulaire de cette CIN a déjà voté en ligne pour ce cycle : une seule voix par personne, quel que soit le canal.
lp-ballot-cin-voted-paper = Le titulaire de cette CIN a déjà voté sur papier pour ce cycle : une seule voix par personne, quel que soit le canal.
lp-ballot-cin-differs = Ce numéro n'est pas celui de la CIN enregistrée sur votre bulletin.

## An association's seat or branch (art. 124) and final receipt (decree 2.16.403 art. 4)
lp-branch-help = Si le siège de l’association est dans une autre commune, indiquez l’adresse de son antenne dans cette commune (art. 124 : siège ou antenne dans la commune).
lp-branch-address = Adresse de l’antenne de l’association dans la commune
lp-receipt-help = Le récépissé définitif est celui dont le numéro et la date figurent au dossier vérifié de l’association ; vous pouvez en joindre une copie, que le bureau comparera.
lp-receipt-copy = Copie du récépissé définitif (PDF)
lp-receipt-link = Copie du récépissé définitif
lp-error-seat-or-branch = Le siège de l’association est dans une autre commune : indiquez l’adresse de son antenne dans cette commune avant le dépôt (art. 124 : siège ou antenne dans la commune).
lp-error-final-receipt = Le dossier de l’association ne montre pas de récépissé définitif valable à la date du dépôt : son numéro et sa date doivent figurer à un dossier vérifié, et sa date précéder le dépôt (décret 2.16.403, art. 4).

## A petition postponed by the council (art. 125)
lp-postponed-lead = Le conseil a reporté l’examen de cette pétition : elle n’est pas encore tranchée et reste inscrite à l’ordre du jour d’une session suivante (art. 125).
lp-postponed-reason = Motif du report, tel que le conseil l’a consigné :
lp-postponed-to = Elle sera examinée à la session qui s’ouvre le { $date }.

## Overdue, never a negative count (art. 125)
lp-review-deadline-overdue = La décision du bureau était attendue au plus tard le { $date } : la pétition est en retard de { $days } jours (art. 125).
lp-referred-to = Renvoyée pour étude à : { $committee } (art. 125).
