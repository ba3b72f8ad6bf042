## petitions (tzm)

pet-file-show-cins = Afficher les numéros de CIN
pet-file-cins-audited = Les numéros de CIN des signataires ne s'affichent que sur demande ; chaque affichage est inscrit au journal d'audit.
