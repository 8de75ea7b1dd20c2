"""Page text written for these tests, in the shape scrapers save pages, shared by the stage tests."""


EN_PAGE = """City council approves new bike lanes on Harbour Street – The Daily Gazette
Skip to content
Home
News
Local
Politics
Sports
Opinion
Subscribe
City council approves new bike lanes on Harbour Street
By Jane Holloway
November 19, 2019 at 6:21 am
The city council voted on Tuesday night to approve a network of protected bike lanes along Harbour Street, ending a debate that had lasted for more than two years.
Supporters filled the chamber and cheered when the vote passed seven to two. Several shop owners had argued that the loss of parking would hurt their business.
What happens next
Construction is expected to begin in the spring and should take about four months, according to the city's transport department.
“We have listened to every concern, and we believe this plan makes the street safer for everyone,” said the council's chair, who has backed the project since it was first proposed.
Share this:
Facebook
Twitter
Related Articles
Mayor unveils budget with more money for parks and libraries
Police close part of the ring road after a crash on Sunday
3 Comments
mike_k says:
November 19, 2019 at 8:02 am
Finally. I have waited years for this and I hope they do not delay it again.
anna.r says:
November 19, 2019 at 9:15 am
What about the delivery trucks? Nobody seems to have thought about where they will stop.
Leave a Reply
Your email address will not be published. Required fields are marked *
© 2019 The Daily Gazette. All rights reserved.
Privacy Policy
Terms of Use"""


DE_PAGE = """Herbstspaziergang im Stadtwald – Mein kleiner Naturblog
Startseite
Über mich
Rezepte
Reisen
Kontakt
Herbstspaziergang im Stadtwald
Veröffentlicht am 12. Oktober 2019
Am Sonntag sind wir endlich wieder in den Stadtwald gegangen, weil das Wetter so schön war und die Blätter schon bunt wurden.
Auf dem Weg zum Weiher haben wir viele Pilze gesehen, aber wir haben natürlich keine gesammelt, denn wir kennen uns damit nicht aus.
Was wir mitgenommen haben:
eine Thermoskanne Tee
zwei Äpfel
eine Decke
Am Ende des Tages waren die Kinder müde, aber sehr zufrieden, und wir haben beschlossen, im November noch einmal wiederzukommen.
Teilen:
Gefällt mir:
Ähnliche Beiträge
Schreibe einen Kommentar
Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert
Impressum
Datenschutzerklärung
Bloggen Sie auf WordPress.com."""


FR_PAGE = """Le marché de Noël ouvre ses portes samedi - Le Journal de la Ville
Accueil
Actualités
Culture
Sport
Rechercher
Le marché de Noël ouvre ses portes samedi
Publié le 19/11/2019 à 10h15
Le traditionnel marché de Noël ouvrira ses portes samedi sur la place centrale, avec plus de soixante chalets et une patinoire pour les enfants.
Les organisateurs attendent cette année encore plus de visiteurs que l'an dernier, grâce à de nouveaux horaires d'ouverture le soir.
Le marché restera ouvert jusqu'au 31 décembre, tous les jours de dix heures à vingt heures, sauf le jour de Noël.
À lire aussi
Les commerçants du centre-ville inquiets avant les fêtes de fin d'année
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée.
Mentions légales
© 2019 Le Journal de la Ville. Tous droits réservés."""


# One sentence of an article's prose, between the lines a stage test is about.
PROSE = ("The ministers will also discuss plans for the alliance’s 75th anniversary summit to be held "
         "in Washington in July 2024, at which allies will celebrate NATO’s founding.")
