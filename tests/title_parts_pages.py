"""Page text for tests/stages/test_title_parts.py, written for it (our own words, no real page):
kinds of page where another line of the page once stood in for the headline. PARTS maps a name to
(page text, the headline a reader sees)."""

from __future__ import annotations

# The site's name in camel case after the headline in the <title> line (`Headline | KitchenGardenBlog`)
# reads as menu items run together; the <title> line is still the <title> line.
CAMEL_SITE_EN = """Why tomatoes split | KitchenGardenBlog
KitchenGardenBlog
Vegetables – Fruit – Herbs
Search
Main menu
Skip to content
Vegetables
Fruit
Herbs
About me
Post navigation
← Previous Next →
Why tomatoes split
Posted on 12/08/2021 by Mara Holt
After a dry week, a night of heavy rain can leave half of the ripe tomatoes on a plant with deep cracks in their skin.
The fruit takes up water faster than its skin can stretch, and the skin gives way where it is thinnest, near the stalk.
Watering deeply twice a week in dry spells keeps the soil evenly moist, so that a sudden storm makes less of a difference.
Picking the fruit a little early, when it first turns colour, also saves most of it: it ripens well on a sunny windowsill.
Categories: Vegetables"""

CAMEL_SITE_DE = """Wann Kartoffeln reif sind | GartenTagebuchOnline
GartenTagebuchOnline
Gemüse – Obst – Kräuter
Suche
Hauptmenü
Zum Inhalt springen
Gemüse
Obst
Kräuter
Über mich
Beitragsnavigation
← Vorherige Nächste →
Wann Kartoffeln reif sind
Veröffentlicht am 03/09/2020 von Jonas Keller
Frühkartoffeln kann man ernten, sobald die Pflanzen blühen, späte Sorten erst dann, wenn das Kraut ganz welk geworden ist.
Wer zu früh gräbt, bekommt Knollen mit dünner Schale, die sich im Keller nur wenige Wochen halten und schnell weich werden.
Ein trockener Tag ist am besten, denn feuchte Erde bleibt an den Knollen hängen und fördert im Lager die Fäulnis.
Nach der Ernte sollten die Kartoffeln einige Stunden an der Luft trocknen, bevor sie dunkel und kühl eingelagert werden.
Kategorien: Gemüse"""

CAMEL_SITE_FR = """Tailler un rosier grimpant | MonJardinSecret
MonJardinSecret
Fleurs – Potager – Arbres
Rechercher
Menu principal
Aller au contenu
Fleurs
Potager
Arbres
À propos
Navigation des articles
← Précédent Suivant →
Tailler un rosier grimpant
Publié le 14/02/2022 par Claire Dubois
La taille d'un rosier grimpant se fait à la fin de l'hiver, quand les plus fortes gelées sont passées et que les bourgeons gonflent.
On garde les branches principales, que l'on attache le plus possible à l'horizontale, car elles fleurissent alors sur toute leur longueur.
Les rameaux secondaires qui ont fleuri l'année précédente sont raccourcis à deux ou trois yeux au-dessus de leur base.
Enfin, on retire le bois mort et les branches trop vieilles, qui donnent peu de fleurs et gênent la circulation de l'air.
Catégories : Fleurs"""

CAMEL_SITE_ES = """Cuidar un limonero | MiHuertoUrbano
MiHuertoUrbano
Hortalizas – Frutales – Aromáticas
Buscar
Menú principal
Ir al contenido
Hortalizas
Frutales
Aromáticas
Sobre mí
Navegación de entradas
← Anterior Siguiente →
Cuidar un limonero
Publicado el 21/05/2023 por Lucía Romero
Un limonero en maceta necesita al menos seis horas de sol al día y un recipiente con buenos agujeros de drenaje en el fondo.
El riego debe ser regular pero moderado, dejando que la capa superior de la tierra se seque un poco entre un riego y el siguiente.
En primavera y en verano conviene abonarlo cada dos semanas con un fertilizante para cítricos, rico en nitrógeno y en hierro.
En invierno se protege del frío intenso, porque las heladas queman las hojas y pueden dañar las ramas más jóvenes.
Categorías: Frutales"""

# A short headline over a longer subtitle, both parts of the <title> (`Headline - Subtitle : Site`):
# the longer part wins the <title>'s vote, but the line right under the headline is its standfirst.
SUBTITLE_EN = """Letters from the valley - A debut novel follows three sisters through one hard winter : The Reading Room
Skip to main content
The Reading Room
Reviews
Essays
Interviews
Archive
Subscribe
Latest reviews
Letters from the valley
A debut novel follows three sisters through one hard winter
By Helen Marsh
Books reviewed / Further reading
The novel opens on the morning the river freezes, and from then on the three sisters hardly leave the farm until spring.
Each chapter is a letter from one of them to a brother who left years ago, and the letters slowly disagree about what happened.
The author keeps the prose plain and lets the small details of work and weather carry most of the feeling of the book.
It is a quiet novel, but by the last letter it has built up a weight that stays with the reader long after the end."""

SUBTITLE_DE = """Vom Wasser her erzählt - Ein Debütroman folgt drei Schwestern durch einen langen und harten Winter : Die Lesestube
Zum Inhalt springen
Die Lesestube
Rezensionen
Essays
Interviews
Archiv
Abonnieren
Neue Rezensionen
Vom Wasser her erzählt
Ein Debütroman folgt drei Schwestern durch einen langen und harten Winter
Von Helga Marschall
Besprochene Bücher / Weitere Hinweise
Der Roman beginnt an dem Morgen, an dem der Fluss zufriert, und von da an verlassen die drei Schwestern den Hof kaum noch.
Jedes Kapitel ist ein Brief einer der Schwestern an einen Bruder, der vor Jahren gegangen ist, und die Briefe widersprechen sich.
Die Autorin schreibt schlicht und überlässt es den kleinen Dingen von Arbeit und Wetter, das Gefühl des Buches zu tragen.
Es ist ein leiser Roman, aber mit dem letzten Brief hat er ein Gewicht, das den Leser noch lange nach dem Ende begleitet."""

SUBTITLE_FR = """Lettres de la vallée - Un premier roman suit trois sœurs pendant un hiver très rude : La Salle de lecture
Aller au contenu
La Salle de lecture
Critiques
Essais
Entretiens
Archives
S'abonner
Dernières critiques
Lettres de la vallée
Un premier roman suit trois sœurs pendant un hiver très rude
Par Hélène Marchand
Livres chroniqués / Pour aller plus loin
Le roman s'ouvre le matin où la rivière gèle, et à partir de là les trois sœurs ne quittent presque plus la ferme jusqu'au printemps.
Chaque chapitre est une lettre de l'une d'elles à un frère parti depuis des années, et les lettres finissent par se contredire.
L'autrice garde une écriture simple et laisse les petits détails du travail et du temps porter l'essentiel de l'émotion du livre.
C'est un roman discret, mais à la dernière lettre il a pris un poids qui accompagne le lecteur longtemps après la fin."""

SUBTITLE_IT = """Lettere dalla valle del fiume - Un romanzo d'esordio segue tre sorelle in un inverno molto duro : La Sala di lettura
Vai al contenuto
La Sala di lettura
Recensioni
Saggi
Interviste
Archivio
Abbonati
Ultime recensioni
Lettere dalla valle del fiume
Un romanzo d'esordio segue tre sorelle in un inverno molto duro
Di Elena Marchetti
Libri recensiti / Per saperne di più
Il romanzo si apre la mattina in cui il fiume gela, e da quel momento le tre sorelle non lasciano quasi più la fattoria fino alla primavera.
Ogni capitolo è una lettera di una di loro a un fratello partito anni prima, e a poco a poco le lettere non sono più d'accordo.
L'autrice mantiene una prosa semplice e lascia che i piccoli dettagli del lavoro e del tempo portino il sentimento del libro.
È un romanzo silenzioso, ma all'ultima lettera ha raggiunto un peso che resta con il lettore a lungo dopo la fine."""

# A blog's name and its tagline right under it, over a post that does not show its headline again:
# the tagline shares no word with the <title>'s headline, so the <title> line speaks. The site's name
# is known by its domain (URLS).
TAGLINE_EN = """Five ways to keep basil alive indoors - Herb Corner
Home
Recipes
Garden
Contact
Herb Corner
Growing, cooking and sharing herbs
Basil from the supermarket often dies within a week, but it is not the plant's fault: the pot holds far too many seedlings.
Split the clump into three or four smaller groups and give each one its own pot with fresh soil and a little sand.
Water from below, so that the leaves stay dry, and keep the pots on the brightest windowsill you have.
Pick the tips rather than single leaves, and the plants grow bushy instead of tall and thin.
Leave a comment
© 2024 Herb Corner"""

TAGLINE_DE = """Basilikum richtig überwintern auf der Fensterbank - Gartenwerk
Start
Rezepte
Garten
Kontakt
Gartenwerk
Anbauen, kochen und teilen rund ums Grün
Basilikum aus dem Supermarkt geht oft nach einer Woche ein, doch das liegt nicht an der Pflanze: im Topf stehen viel zu viele Sämlinge.
Teilen Sie den Ballen in drei oder vier kleinere Gruppen und setzen Sie jede in einen eigenen Topf mit frischer Erde.
Gießen Sie von unten, damit die Blätter trocken bleiben, und stellen Sie die Töpfe an das hellste Fenster.
Ernten Sie die Triebspitzen statt einzelner Blätter, dann wachsen die Pflanzen buschig statt lang und dünn.
Kommentar schreiben
© 2024 Gartenwerk"""

TAGLINE_FR = """Cinq astuces pour garder son basilic en vie - Le Coin vert
Accueil
Recettes
Jardin
Contact
Le Coin vert
Cultiver, cuisiner et partager au fil des saisons
Le basilic acheté au supermarché meurt souvent en une semaine, mais la plante n'y est pour rien : le pot contient bien trop de semis.
Divisez la motte en trois ou quatre petits groupes et donnez à chacun son propre pot avec du terreau frais.
Arrosez par le dessous, pour que les feuilles restent sèches, et placez les pots sur le rebord le plus lumineux.
Cueillez les pointes plutôt que des feuilles isolées, et les plants deviennent touffus au lieu de grands et maigres.
Laisser un commentaire
© 2024 Le Coin vert"""

TAGLINE_ES = """Cinco trucos para que la albahaca no se muera - El Rincón verde
Inicio
Recetas
Jardín
Contacto
El Rincón verde
Cultivar, cocinar y compartir en cada estación
La albahaca del supermercado suele morir en una semana, pero no es culpa de la planta: la maceta tiene demasiadas plántulas.
Divide el cepellón en tres o cuatro grupos pequeños y pon cada uno en su propia maceta con tierra nueva.
Riega desde abajo, para que las hojas se mantengan secas, y coloca las macetas en la ventana más luminosa.
Corta las puntas en lugar de hojas sueltas, y las plantas crecerán frondosas en vez de altas y delgadas.
Deja un comentario
© 2024 El Rincón verde"""

# A page kept by a web archive, whose <title> is only the blog's name: the blog is the archived
# page's domain (not the archive's), so its name declares no headline; the post's categories with
# its comment link stand between the headline and its date.
ARCHIVED_EN = """• LeafLetters
Home
About
Archive
LeafLetters
Gardening
Compost
Why my compost heap stays cold
Gardening, Compost Leave a comment
Mar 12 2014
A compost heap that stays cold all winter is usually too small, too dry or made of too much of one thing.
Mine was all three: a loose pile of dry leaves in a corner of the garden, with hardly any kitchen scraps in it.
Once I mixed in grass cuttings and vegetable peelings and watered it, the middle of the heap was warm within a week.
Turning it every few weeks kept it warm, and by the spring most of it had become dark and crumbly."""

ARCHIVED_DE = """• BlattWerk
Start
Über mich
Archiv
BlattWerk
Garten
Kompost
Warum mein Komposthaufen kalt bleibt
Garten, Kompost Kommentar schreiben
Mär 12 2014
Ein Komposthaufen, der den ganzen Winter kalt bleibt, ist meist zu klein, zu trocken oder besteht aus zu viel von einer Sache.
Bei mir traf alles zu: ein lockerer Haufen trockener Blätter in einer Ecke des Gartens, fast ohne Küchenabfälle.
Als ich Rasenschnitt und Gemüseschalen untermischte und alles goss, war die Mitte des Haufens nach einer Woche warm.
Alle paar Wochen umgesetzt, blieb er warm, und im Frühling war das meiste dunkel und krümelig geworden."""

ARCHIVED_FR = """• FeuilleVive
Accueil
À propos
Archives
FeuilleVive
Jardin
Compost
Pourquoi mon tas de compost reste froid
Jardin, Compost Laisser un commentaire
Mar 12 2014
Un tas de compost qui reste froid tout l'hiver est souvent trop petit, trop sec ou fait d'une seule sorte de déchets.
Le mien cumulait les trois : un tas de feuilles sèches dans un coin du jardin, presque sans épluchures de cuisine.
Après y avoir mêlé des tontes de gazon et des épluchures et l'avoir arrosé, le centre du tas était chaud en une semaine.
En le retournant toutes les quelques semaines, il est resté chaud, et au printemps il était devenu sombre et friable."""

ARCHIVED_ES = """• HojaViva
Inicio
Sobre mí
Archivo
HojaViva
Jardín
Compost
Por qué mi montón de compost sigue frío
Jardín, Compost Deja un comentario
Mar 12 2014
Un montón de compost que sigue frío todo el invierno suele ser demasiado pequeño, demasiado seco o de un solo material.
El mío tenía los tres problemas: un montón suelto de hojas secas en un rincón del jardín, casi sin restos de cocina.
Cuando mezclé restos de césped y peladuras de verdura y lo regué, el centro del montón estaba caliente en una semana.
Al voltearlo cada pocas semanas siguió caliente, y en primavera casi todo se había vuelto oscuro y desmenuzable."""

# The site's name in letters that carry no accent to take off, which its domain writes in plain Latin
# letters (`Bjørnvik` at bjornvik, `Cœur` at coeur, `Łąka` at laka); the page shows no headline of its own
# (it is a picture), so the <title> line without the name is the title.
LETTERS_EN = """Planning a wind farm at sea, step by step | Bjørnvik Energy
Skip to content
Projects
Careers
Contact
Building a wind farm at sea takes about ten years, and most of that time goes into surveys and permits.
Before a single turbine is ordered, ships map the seabed and measure the wind at the site for at least two years.
The permits follow, with studies of birds, fish and shipping lanes that the authorities check one by one.
Only then are the foundations laid, the turbines set up and the cable to the shore buried in the seabed."""

LETTERS_DE = """Wie ein Windpark auf See entsteht | Søndervik Strom
Zum Inhalt springen
Projekte
Karriere
Kontakt
Ein Windpark auf See braucht etwa zehn Jahre, und die meiste Zeit davon fließt in Untersuchungen und Genehmigungen.
Bevor eine einzige Turbine bestellt wird, vermessen Schiffe den Meeresboden und messen zwei Jahre lang den Wind.
Dann folgen die Genehmigungen, mit Studien zu Vögeln, Fischen und Schifffahrtswegen, die die Behörden einzeln prüfen.
Erst danach werden die Fundamente gesetzt, die Turbinen aufgestellt und das Kabel zur Küste im Meeresboden verlegt."""

LETTERS_FR = """Les vignerons face à la sécheresse | Cœur de Vallée
Aller au contenu
Nos vins
Nos domaines
Contact
Dans les vignes de la vallée, il n'a presque pas plu depuis le mois de mai, et les grappes restent petites.
Les vignerons ont avancé les vendanges de deux semaines pour récolter le raisin avant qu'il ne sèche sur pied.
Certains ont planté des cépages du sud, qui supportent mieux la chaleur, sur les parcelles les plus exposées.
D'autres couvrent le sol entre les rangs pour qu'il garde le peu d'eau tombé pendant les orages d'été."""

LETTERS_PL = """Nowa linia tramwajowa połączy dworzec z lotniskiem | Gazeta Łąkowa
Przejdź do treści
Miasto
Sport
Kontakt
Nowa linia tramwajowa połączy dworzec główny z lotniskiem, a pierwsze tramwaje pojadą nią za trzy lata.
Trasa będzie miała dwanaście kilometrów i czternaście przystanków, w tym dwa przy nowych osiedlach na południu.
Miasto ogłosiło przetarg na budowę torów, a umowę z wykonawcą chce podpisać jeszcze przed końcem roku.
Mieszkańcy mogą zgłaszać uwagi do projektu przystanków na stronie urzędu do końca przyszłego miesiąca."""

# A blog post whose headline, reworded in the <title> line, is an exclamation right over the post's text (no
# byline, no date): it reads as the first sentence, and is the headline the <title> tells in other words.
CALLED_EN = """Garden diary: back after a long summer, and still growing! | Green Patch
Green Patch
Home
Garden
Kitchen
About
Weekend notes: back after a long summer, still growing!
When I sat down to write this post, I saw that I had not written a single one since May, and a few of you had asked me whether the blog was over.
It is not: the garden simply took all of my time this summer, and in the evenings I was too tired to sit at the computer and write about it.
"""

CALLED_DE = """Gartentagebuch: nach einem langen Sommer zurück und immer noch da! | Grünes Beet
Grünes Beet
Start
Garten
Küche
Über mich
Wochenendnotizen: nach einem langen Sommer zurück, immer noch da!
Als ich mich hingesetzt habe, um diesen Beitrag zu schreiben, habe ich gesehen, dass ich seit Mai keinen einzigen geschrieben habe.
Der Blog ist nicht vorbei: Der Garten hat in diesem Sommer einfach meine ganze Zeit gebraucht, und abends war ich zu müde zum Schreiben.
"""

CALLED_FR = """Journal du jardin : de retour après un long été, et toujours là ! | Carré Vert
Carré Vert
Accueil
Jardin
Cuisine
À propos
Notes du week-end : de retour après un long été, toujours là !
En m'asseyant pour écrire ce billet, j'ai vu que je n'en avais pas écrit un seul depuis le mois de mai, et certains d'entre vous s'inquiétaient.
Le blog continue : le jardin a simplement pris tout mon temps cet été, et le soir j'étais trop fatiguée pour écrire.
"""

CALLED_ES = """Diario del huerto: de vuelta tras un largo verano, ¡y seguimos aquí! | Parcela Verde
Parcela Verde
Inicio
Huerto
Cocina
Sobre mí
Notas del fin de semana: de vuelta tras un largo verano, ¡seguimos aquí!
Al sentarme a escribir esta entrada, vi que no había escrito ni una sola desde mayo, y algunos me habíais preguntado si el blog se había acabado.
No se ha acabado: el huerto se llevó todo mi tiempo este verano, y por las noches estaba demasiado cansada para escribir.
"""

# The site's name with an accent at the end of the <title> line, and alone at the page's top (its logo): the
# name is the site's, compared without its accents as every site name is; the page shows no headline of its own.
ACCENT_TOP_EN = """How we roast our beans in small batches | Café Nordlys
Café Nordlys
Coffee
Shop
Contact
We roast our beans twice a week in batches of no more than twelve kilos, so that every bag you buy was roasted in the last few days.
Each batch takes about fifteen minutes, and we taste a cup from every one of them before it is packed and sent out.
"""

ACCENT_TOP_DE = """Wie wir Tomaten ohne Gewächshaus ziehen | Grünes Beet
Grünes Beet
Garten
Küche
Über mich
Tomaten brauchen viel Sonne und Wärme, aber ein Gewächshaus ist dafür nicht nötig, wenn man einen geschützten Platz an einer Hauswand hat.
Wir setzen die Pflanzen erst Mitte Mai ins Beet, gießen morgens und decken sie in kalten Nächten mit einem Vlies ab.
"""

ACCENT_TOP_FR = """Comment nous cultivons les tomates sans serre | Carré Vert
Carré Vert
Jardin
Cuisine
À propos
Les tomates ont besoin de soleil et de chaleur, mais une serre n'est pas nécessaire si l'on dispose d'un coin abrité contre un mur.
Nous plantons à la mi-mai, nous arrosons le matin et nous couvrons les plants d'un voile pendant les nuits froides.
"""

ACCENT_TOP_ES = """Cómo cultivamos tomates sin invernadero | Huerta Añil
Huerta Añil
Huerto
Cocina
Sobre mí
Los tomates necesitan sol y calor, pero no hace falta un invernadero si se tiene un rincón protegido junto a una pared.
Plantamos a mediados de mayo, regamos por la mañana y cubrimos las plantas con una manta en las noches frías.
"""

# A recipe whose name is one long word (a compound: `Apfelstreusel-Muffins`), which the <title> line holds with
# more words (`... Rezept | Site`): the name over the recipe's ratings, yield and ingredients is the headline.
COMPOUND_DE = """Apfelstreusel-Muffins Rezept | Backstube Roth
Backstube Roth
Rezepte
Backen
Kochen
Startseite
Unsere Rezepte
Apfelstreusel-Muffins
(0)
Rezept bewerten
Saftige Muffins aus Rührteig mit Apfelstücken und knusprigen Streuseln
ergibt 12 Stück
einfach 45 Minuten
Drucken
Zutaten
200 g Mehl
100 g Zucker
2 Äpfel
Zubereitung
Den Backofen auf 180 Grad vorheizen und die Äpfel schälen, entkernen und in kleine Würfel schneiden, bevor der Teig gerührt wird.
Mehl, Zucker, Eier und Butter zu einem glatten Teig verrühren, die Apfelwürfel unterheben und den Teig in die Mulden der Form füllen.
Die Streusel darüber verteilen und die Muffins etwa 25 Minuten backen, bis sie goldbraun sind und ein Holzstäbchen sauber herauskommt.
"""

COMPOUND_EN = """Blueberry-Crumble-Muffins Recipe | Roth's Bakehouse
Roth's Bakehouse
Recipes
Baking
Cooking
Home
Our recipes
Blueberry-Crumble-Muffins
(0)
Rate this recipe
Moist muffins with fresh blueberries and a crunchy crumble on top
makes 12
easy 45 minutes
Print
Ingredients
200 g flour
100 g sugar
150 g blueberries
Method
Heat the oven to 180 degrees and line a muffin tin with paper cases while you weigh out the flour, the sugar and the butter.
Stir the flour, sugar, eggs and butter into a smooth batter, fold in the blueberries and spoon the batter into the paper cases.
Scatter the crumble over the top and bake the muffins for about 25 minutes, until they are golden and a skewer comes out clean.
"""

COMPOUND_FR = """Croque-monsieur-gratiné Recette | Fournil Roth
Fournil Roth
Recettes
Pâtisserie
Cuisine
Accueil
Nos recettes
Croque-monsieur-gratiné
(0)
Notez cette recette
Un croque-monsieur au jambon et au fromage, gratiné au four avec une béchamel
pour 4 personnes
facile 30 minutes
Imprimer
Ingrédients
8 tranches de pain de mie
4 tranches de jambon
150 g de gruyère râpé
Préparation
Préchauffez le four à 200 degrés et préparez une béchamel épaisse avec le beurre, la farine et le lait pendant que le four chauffe.
Garnissez les tranches de pain de jambon et de fromage, refermez-les et nappez le dessus de béchamel et du reste du gruyère.
Faites gratiner les croques une dizaine de minutes au four, jusqu'à ce que le dessus soit bien doré, et servez-les aussitôt.
"""

COMPOUND_NL = """Appelkruimelmuffins Recept | Bakkerij Roth
Bakkerij Roth
Recepten
Bakken
Koken
Home
Onze recepten
Appelkruimelmuffins
(0)
Beoordeel dit recept
Smeuïge muffins met stukjes appel en een knapperige kruimellaag
12 stuks
makkelijk 45 minuten
Printen
Ingrediënten
200 g bloem
100 g suiker
2 appels
Bereiding
Verwarm de oven voor op 180 graden en schil de appels, haal het klokhuis eruit en snijd ze in kleine blokjes voor het beslag.
Roer de bloem, suiker, eieren en boter tot een glad beslag, schep de appelblokjes erdoor en verdeel het beslag over de vormpjes.
Strooi de kruimels erover en bak de muffins ongeveer 25 minuten, tot ze goudbruin zijn en er een prikker schoon uitkomt.
"""

PARTS: dict[str, tuple[str, str]] = {
    "camel_site_en": (CAMEL_SITE_EN, "Why tomatoes split"),
    "camel_site_de": (CAMEL_SITE_DE, "Wann Kartoffeln reif sind"),
    "camel_site_fr": (CAMEL_SITE_FR, "Tailler un rosier grimpant"),
    "camel_site_es": (CAMEL_SITE_ES, "Cuidar un limonero"),
    "subtitle_en": (SUBTITLE_EN, "Letters from the valley"),
    "subtitle_de": (SUBTITLE_DE, "Vom Wasser her erzählt"),
    "subtitle_fr": (SUBTITLE_FR, "Lettres de la vallée"),
    "subtitle_it": (SUBTITLE_IT, "Lettere dalla valle del fiume"),
    "tagline_en": (TAGLINE_EN, "Five ways to keep basil alive indoors"),
    "tagline_de": (TAGLINE_DE, "Basilikum richtig überwintern auf der Fensterbank"),
    "tagline_fr": (TAGLINE_FR, "Cinq astuces pour garder son basilic en vie"),
    "tagline_es": (TAGLINE_ES, "Cinco trucos para que la albahaca no se muera"),
    "archived_en": (ARCHIVED_EN, "Why my compost heap stays cold"),
    "archived_de": (ARCHIVED_DE, "Warum mein Komposthaufen kalt bleibt"),
    "archived_fr": (ARCHIVED_FR, "Pourquoi mon tas de compost reste froid"),
    "archived_es": (ARCHIVED_ES, "Por qué mi montón de compost sigue frío"),
    "letters_en": (LETTERS_EN, "Planning a wind farm at sea, step by step"),
    "letters_de": (LETTERS_DE, "Wie ein Windpark auf See entsteht"),
    "letters_fr": (LETTERS_FR, "Les vignerons face à la sécheresse"),
    "letters_pl": (LETTERS_PL, "Nowa linia tramwajowa połączy dworzec z lotniskiem"),
    "accent_top_en": (ACCENT_TOP_EN, "How we roast our beans in small batches"),
    "accent_top_de": (ACCENT_TOP_DE, "Wie wir Tomaten ohne Gewächshaus ziehen"),
    "accent_top_fr": (ACCENT_TOP_FR, "Comment nous cultivons les tomates sans serre"),
    "accent_top_es": (ACCENT_TOP_ES, "Cómo cultivamos tomates sin invernadero"),
    "compound_de": (COMPOUND_DE, "Apfelstreusel-Muffins"),
    "compound_en": (COMPOUND_EN, "Blueberry-Crumble-Muffins"),
    "compound_fr": (COMPOUND_FR, "Croque-monsieur-gratiné"),
    "compound_nl": (COMPOUND_NL, "Appelkruimelmuffins"),
    "called_en": (CALLED_EN, "Weekend notes: back after a long summer, still growing!"),
    "called_de": (CALLED_DE, "Wochenendnotizen: nach einem langen Sommer zurück, immer noch da!"),
    "called_fr": (CALLED_FR, "Notes du week-end : de retour après un long été, toujours là !"),
    "called_es": (CALLED_ES, "Notas del fin de semana: de vuelta tras un largo verano, ¡seguimos aquí!"),
}
URLS = {
    "tagline_en": "https://www.herbcorner.example/basil-indoors",
    "tagline_de": "https://gartenwerk.example/basilikum",
    "tagline_fr": "https://lecoinvert.example/basilic",
    "tagline_es": "https://www.elrinconverde.example/albahaca",
    "archived_en": "https://web.archive.org/web/20140312101500/http://www.leafletters.example/compost-cold/",
    "archived_de": "https://web.archive.org/web/20140312101500/http://blattwerk.example/kompost-kalt/",
    "archived_fr": "https://web.archive.org/web/20140312101500/http://www.feuillevive.example/compost-froid/",
    "archived_es": "https://web.archive.org/web/20140312101500/http://hojaviva.example/compost-frio/",
    "letters_en": "https://www.bjornvik-energy.example/wind-at-sea",
    "letters_de": "https://sondervik-strom.example/windpark",
    "letters_fr": "https://www.coeurdevallee.example/secheresse",
    "letters_pl": "https://gazetalakowa.example/tramwaj",
}
