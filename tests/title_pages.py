"""Page text of common page templates, written for the title tests (our own words, no real page):
the text a scraper saves of a whole page, menus and widgets included. TEMPLATES maps a name to
(page text, the title a reader sees on the page; None where the page shows no headline).

Each template is a kind of page, not a page: a news article, a blog post, a recipe, a wiki article,
a press release, a forum thread, a listicle, pages in German, French, Spanish, Japanese and Chinese;
some start with the `<title>` line (html-text and most scrapers keep it), some with the page's own
first line (a scraper that drops the head)."""

from __future__ import annotations

NEWS_EN = """Harbour bridge to close for six months of repairs | The Coastal Herald
Skip to main content
The Coastal Herald
News
Sport
Business
Opinion
Weather
Subscribe
Sign In | Register
Home > News > Local
Harbour bridge to close for six months of repairs
Engineers found cracks in two of the bridge's supports during an inspection in May
By Daniel Okafor
Published 6:04 AM EST, November 27, 2023
Copy Link URL Copied!
Share on Facebook
Share on Twitter
Traffic crosses the harbour bridge on Monday morning. (Photo: Coastal Herald)
The harbour bridge will close to all traffic from January for six months while crews replace two of its supports, the county's transport office said on Monday.
Engineers found cracks in the supports during a routine inspection in May, and the county has since limited the bridge to cars and light vans.
Drivers will be sent along the ring road, which the county says adds about fifteen minutes to the trip into town at busy times.
“We know this is hard for people who cross every day, but the bridge has to be safe,” the head of the transport office told reporters.
Related
Ferry company adds late sailings for the winter
Parking fees in the old town to rise in spring
Most Read
Harbour bridge to close for six months of repairs
School board picks a new head for the district
© 2023 The Coastal Herald. All rights reserved.
Privacy Policy
Cookie Settings"""

NEWS_EN_NO_HEAD = """Skip to navigation
Menu
Search
The Valley Courier
World
Politics
Business
Science
Home > World > Europe
Rail strike halts trains across the north for a second day
Updated Wed, Nov 20 2019 4:29 AM EST
Anna Lindqvist
Reporter
A strike by rail workers stopped most trains in the north of the country for a second day on Wednesday, leaving commuters to find other ways to work.
The union says its members will stay out until the rail company agrees to talk about pay and the length of shifts, which it says have grown every year.
The company said it was ready to meet the union at any time, but that the strike was making talks harder rather than easier.
Buses replaced some of the busiest services, but queues at the stops were long and many people stayed at home.
Advertisement
More from World
Flood warnings for three river valleys after heavy rain
Newsletter
Get the day's top stories in your inbox every morning.
Sign up"""

BLOG_EN = """Why my tomatoes split – The Quiet Plot
The Quiet Plot
notes from a small city garden
Home
About
Vegetables
Flowers
Contact
Why my tomatoes split
Posted on August 29, 2023 by Marta
Every summer a few of my tomatoes crack just as they turn red, and this year it was nearly half of them, so I finally read up on why it happens.
The short answer is water: a dry week followed by a heavy rain makes the fruit swell faster than its skin can stretch, and the skin gives way.
Watering deeply twice a week, instead of a little every day, and a thick layer of mulch kept the soil much more even in the second half of the season.
Some varieties split less than others, and the small cherry types seem to cope best with the ups and downs of a city summer.
Share this:
Twitter
Facebook
Like this:
Like Loading...
Related
3 thoughts on “Why my tomatoes split”
Jonas says:
August 30, 2023 at 7:12 am
Same here, the rain last week ruined half of mine.
Leave a Reply Cancel reply
Your email address will not be published."""

RECIPE_EN = """Easy Lemon Drizzle Cake - Kitchen Corner
Kitchen Corner
Recipes
Baking
Dinners
Desserts
Jump to Recipe
Print Recipe
Easy Lemon Drizzle Cake
By Sophie Hart · Updated March 2, 2024 · 4.8 from 212 votes
This post may contain affiliate links. #ad
A lemon drizzle cake is the first cake I ever baked on my own, and it is still the one I make most often when friends come round for tea.
The trick is to pour the lemon syrup over the cake while it is still warm, so that it soaks in and leaves a thin sugary crust on top.
Prep Time 15 minutes
Cook Time 45 minutes
Servings 10 slices
Ingredients
225 g soft butter
225 g caster sugar
4 eggs
2 lemons, zest and juice
Instructions
Beat the butter and sugar until pale and fluffy, then add the eggs one at a time with a spoonful of flour.
Bake for 45 minutes, until a skewer comes out clean, then pour over the syrup while it is still warm.
Did you make this recipe? Tag us on Instagram!
Reader Interactions
Comments
Paula on March 5, 2024 at 9:40 pm
Lovely and moist, my family loved it."""

WIKI_EN = """Kestrel Valley Railway - Railpedia
Jump to navigation Jump to search
Main page
Contents
Random article
Kestrel Valley Railway
From Railpedia, the free encyclopedia
The Kestrel Valley Railway is a heritage railway that runs for eleven miles along the river between the market town of Aldbury and the coast.
It was built in the 1880s to carry slate from the quarries at the head of the valley down to the harbour, and closed to passengers in 1962.
History [ edit ]
A group of volunteers bought the line in 1971 and reopened the first two miles four years later, using steam engines borrowed from other lines.
The whole line was open again by 1994, and it now carries more than a hundred thousand passengers every year.
See also [ edit ]
List of heritage railways
References [ edit ]
Retrieved 12 March 2020.
Categories: Heritage railways
This page was last edited on 3 May 2021, at 10:15."""

PRESS_EN = """Northwind Energy announces new wind farm off the east coast | Northwind Newsroom
Northwind Newsroom
Press releases
Media contacts
Images
Northwind Energy announces new wind farm off the east coast
March 3, 2024
FOR IMMEDIATE RELEASE
EASTPORT, March 3, 2024 – Northwind Energy today announced plans to build a wind farm with forty turbines off the east coast, enough to power around two hundred thousand homes.
Construction will begin next year once the last permits are granted, and the first turbines are expected to deliver power to the grid in 2027.
“This project is a big step towards our goal of clean power for every customer,” said the company's chief executive.
About Northwind Energy
Northwind Energy builds and runs wind and solar farms in five countries and employs around two thousand people.
Media contact
press@northwind.example
Back to press releases"""

FORUM_EN = """Tomato leaves curling at the top - Garden Talk Forum
Garden Talk Forum
Sign In | Register
Forum index > Vegetables > Tomatoes
Tomato leaves curling at the top
Started by greenthumb, June 4, 2019
greenthumb
Posted June 4, 2019
The top leaves on three of my tomato plants have started to curl inwards over the last week, although the plants still look green and healthy otherwise.
They are in large pots on a sunny balcony and I water them every evening. Could it be the heat, or should I be looking for pests under the leaves?
Reply
Quote
rosie_w
Posted June 5, 2019
It is almost certainly the heat. Mine do the same every July and the new leaves come out fine once the nights get cooler again.
Reply
Quote
Share this post
Link to post"""

LISTICLE_EN = """10 cheap weekend trips from London | Wander Often
Wander Often
Destinations
Travel tips
About
Travel
10 cheap weekend trips from London
Edited by Priya Shah
Updated March 2, 2024
This post contains affiliate links. #ad
Getting out of London for a weekend does not have to cost a fortune, and all of these places can be reached by train in under three hours.
We picked towns with cheap rooms, good walks and at least one pub worth the trip, and we have been to every one of them ourselves.
1. Brighton
The seaside classic is an hour away and busy all year, but a room in one of the streets behind the station costs half of what you pay on the front.
2. Canterbury
The old town and its cathedral are best early in the morning, before the day trippers arrive from London on the first fast trains.
Pin it for later
You might also like
The best day hikes near Manchester"""

NEWS_DE = """Neue Brücke über die Elbe eröffnet | Elbkurier
Elbkurier
Startseite
Politik
Wirtschaft
Sport
Kultur
Startseite › Region › Dresden
Neue Brücke über die Elbe eröffnet
Von Anna Müller
21. Juni 2023, 14:05 Uhr
Teilen
Nach drei Jahren Bauzeit ist die neue Brücke über die Elbe am Mittwoch für den Verkehr freigegeben worden, zwei Monate früher als geplant.
Die Brücke soll vor allem die Altstadt entlasten, durch die bisher jeden Tag mehrere tausend Autos und Lastwagen gefahren sind.
Der Oberbürgermeister sprach bei der Eröffnung von einem guten Tag für die ganze Stadt und dankte den Arbeitern auf der Baustelle.
Mehr zum Thema
Straßenbahn fährt wieder durch die Neustadt
Kommentare
Anmelden | Registrieren
Impressum
Datenschutz"""

BLOG_DE = """Mein erster Sauerteig: was ich gelernt habe – Brotzeit-Blog
Brotzeit-Blog
Rezepte
Grundlagen
Über mich
Mein erster Sauerteig: was ich gelernt habe
Veröffentlicht am 3. März 2022 von Jana
Vor einem Jahr habe ich mit einem Glas Mehl und Wasser angefangen, und heute backe ich jede Woche zwei Brote mit meinem eigenen Sauerteig.
Das Wichtigste war Geduld: die ersten beiden Versuche waren viel zu sauer, weil ich den Teig zu lange bei warmer Küche habe stehen lassen.
Inzwischen füttere ich den Sauerteig am Abend und backe am nächsten Morgen, und das Brot wird jedes Mal ein bisschen besser.
Teilen mit:
Gefällt mir:
Ähnliche Beiträge
2 Kommentare zu „Mein erster Sauerteig: was ich gelernt habe“
Tom sagt:
5. März 2022 um 18:20 Uhr
Danke, das hilft mir sehr!
Schreibe einen Kommentar"""

NEWS_FR = """Le marché couvert rouvre après deux ans de travaux - Le Journal de Lyon
Aller au contenu principal
Le Journal de Lyon
Accueil
Actualités
Culture
Sports
Se connecter
Accueil > Actualités > Lyon
Le marché couvert rouvre après deux ans de travaux
Par Marie Dupont
Publié le 12 févr. 2024 à 10h30
Partager sur Facebook
Partager sur Twitter
Le marché couvert du quartier de la gare a rouvert ses portes samedi, après deux ans de travaux qui ont coûté plus de huit millions d'euros à la ville.
Une quarantaine de commerçants ont retrouvé leurs étals, et plusieurs nouveaux venus se sont installés dans la halle entièrement rénovée.
Les habitants étaient nombreux dès l'ouverture, malgré la pluie, pour découvrir le nouveau toit de verre et les allées plus larges.
À lire aussi
Les commerces du centre-ville inquiets avant les soldes
Nous utilisons des cookies pour améliorer votre expérience sur notre site.
Accepter
Mentions légales"""

NEWS_ES = """La lluvia vuelve a Sevilla tras meses de sequía | Diario del Sur
Diario del Sur
Iniciar sesión | Registrarse
Portada
Andalucía
España
Deportes
Portada > Andalucía > Sevilla
La lluvia vuelve a Sevilla tras meses de sequía
Por Carlos Ruiz
29 de agosto de 2023 - 08:15
Compartir en Facebook
Compartir en Twitter
La lluvia volvió este martes a Sevilla después de casi cinco meses sin una gota de agua, aunque los expertos advierten de que no basta para llenar los embalses.
En algunos barrios cayeron más de veinte litros por metro cuadrado en menos de una hora, y los bomberos tuvieron que atender varias calles inundadas.
Los agricultores celebraron el agua, pero recuerdan que la situación del campo sigue siendo muy difícil después de un verano tan seco.
Noticias relacionadas
El calor vuelve el fin de semana
Utilizamos cookies propias y de terceros para mejorar nuestros servicios.
Aceptar"""

NEWS_JA = """駅前に新しい図書館が開館 - 北海タイムズ
北海タイムズ
ホーム
ニュース
地域
スポーツ
ホーム > 地域 > 札幌
駅前に新しい図書館が開館
2023年11月27日 10:30
駅前の再開発地区に新しい市立図書館が二十七日に開館し、朝から多くの市民が訪れました。
新しい図書館には約三十万冊の本が並び、子ども向けの読み聞かせの部屋や、夜九時まで使える学習室も設けられています。
市の担当者は、駅に近いので仕事帰りの人にも気軽に立ち寄ってほしいと話していました。
関連記事
市電の新しい停留所が完成
シェア
ツイート"""

NEWS_ZH = """城市新公园周末开放_南方日报
南方日报
首页
新闻
本地
体育
首页 > 本地 > 新闻
城市新公园周末开放
2023-11-27 10:30 来源：南方日报
市中心的新公园将于本周末正式向市民开放，公园里有大片的草地、一个小湖和多条适合散步的林荫道。
公园的建设用了两年时间，市政府表示，今后还会在周边地区再建三个类似的公园，让更多居民步行就能到达绿地。
许多附近的居民表示，他们已经等不及要带孩子去公园玩了。
相关新闻
地铁新线路年底通车
分享到："""

GALLERY_EN = """Night market returns to the old port | City Weekly
City Weekly
Home
Events
Food
Night market returns to the old port
Stalls light up the quay on the first night of the market.
Stalls light up the quay on the first night of the market.
Stalls light up the quay on the first night of the market.
The night market came back to the old port on Friday for the first time since the pandemic, with more than eighty stalls selling food from around the world.
Visitors queued for an hour at some of the stalls, and the organisers said they expected even bigger crowds on the second weekend.
The market runs every Friday and Saturday evening until the end of September."""

NO_HEADLINE = """Menu
Search
The harbour council voted on Tuesday to buy a new ferry for the island route, after two years of delays and a long debate about its cost to the town.
The new boat will carry up to two hundred passengers and forty cars on each crossing of the bay, and it should enter service next spring.
Contact us
Privacy"""

# No `<title>` line: the page starts with its breadcrumb; a standfirst stands under the headline.
BREADCRUMB_FIRST = """Home > World > Europe
Storm floods the old town of a Baltic port
Residents spent the night on upper floors as the river rose over its banks
By Tomas Berg
November 19, 2019 at 6:21 am
Water stood a metre deep in the streets of the old town on Tuesday morning, after a storm pushed the sea into the river mouth overnight.
Most residents had moved to the upper floors of their houses before the water came, and nobody was hurt, the city's fire service said.
The water began to fall again in the afternoon, but the fire service warned that the river could rise a second time on Wednesday.
Related stories
Port workers strike over new shift rules
Ferry services cut for the winter months"""

# The `<title>` line only, no headline line: the site's name is known from the footer's copyright line.
TITLE_LINE_ONLY = """Tokyo museum reopens after two years of repairs | The Eastern Times
Menu
Search
The city's science museum reopened on Saturday after two years of repairs, with a new planetarium and a hall for travelling shows.
More than five thousand people visited on the first day, and tickets for the planetarium were sold out by noon, the museum said.
The museum was closed in 2021 after an earthquake damaged part of its roof and two of its exhibition halls.
© 2023 The Eastern Times. All rights reserved."""

# A cookie banner, a trending bar and a caption repeated three times, no `<title>` line.
MAGAZINE_EN = """We use cookies to give you the best experience on our website
Accept
Reject
Trending: Harbour bridge closure | Winter ferry times
Lifestyle
Culture
Five quiet beaches for an autumn walk
Words by Ellen Marsh
The beach at Kettle Cove on a grey October morning.
The beach at Kettle Cove on a grey October morning.
The beach at Kettle Cove on a grey October morning.
Autumn is the best time of year for a walk by the sea: the crowds have gone home, the light is soft and the water is still warm enough for a paddle.
These five beaches are all within an hour of the city, and each has somewhere nearby for a hot drink when the wind picks up.
1. Kettle Cove
A long curve of sand under low cliffs, with rock pools at the northern end that are worth a look at low tide."""

# A German news page with a kicker (Dachzeile) over its headline, a teaser above it, no `<title>` line.
NEWS_DE_KICKER = """Zum Inhalt springen
Stadtanzeiger
Startseite
Lokales
Sport
Lokales
Neues Hallenbad: Stadtrat gibt grünes Licht
Der Stadtrat hat am Montagabend mit großer Mehrheit für den Bau eines neuen Hallenbads am Stadtpark gestimmt.
Die Bauarbeiten sollen im kommenden Frühjahr beginnen und rund zwei Jahre dauern, teilte die Verwaltung mit.
Das alte Bad an der Bahnhofstraße bleibt bis zur Eröffnung des neuen Bads geöffnet und wird danach abgerissen.
Kommentare
Anmelden"""

# A French blog with the site's name in the `<title>` line and the headline line, its tagline under the name.
BLOG_FR = """Confiture de figues maison - Les Carnets de Lucie
Les Carnets de Lucie
Cuisine, jardin et petits bonheurs
Accueil
Recettes
À propos
Confiture de figues maison
Publié le 14 septembre 2021 par Lucie
Chaque année, le vieux figuier du jardin donne plus de fruits que nous ne pouvons en manger, alors je fais de la confiture pour tout l'hiver.
Il faut un kilo de figues bien mûres, sept cents grammes de sucre et le jus d'un citron, rien de plus.
Laissez reposer les fruits coupés avec le sucre toute une nuit, puis faites cuire doucement pendant une heure en remuant souvent.
Partager :
J'aime :
Laisser un commentaire"""

# A recipe page without the `<title>` line: a rating widget and a print button under the headline.
RECIPE_NO_HEAD = """Skip to content
Green Kitchen Diary
Recipes
Soups
Salads
About
Search
Roasted tomato and red pepper soup
★★★★★ 4.9 from 87 reviews
Print Recipe
Pin Recipe
Jump to Recipe
This soup is what I make when the last tomatoes of the summer need using up, and it freezes well for the colder weeks ahead.
Roasting the vegetables first gives the soup a deep, sweet flavour that you do not get from simply simmering them in a pan.
Ingredients
1 kg ripe tomatoes
2 red peppers
Instructions
Roast the tomatoes and peppers for forty minutes, then blend them with the stock until smooth and season to taste."""

# A German press release without the `<title>` line.
PRESS_DE = """Direkt zum Inhalt
Stadtwerke Nordheim
Presse
Pressemitteilungen
Kontakt
Pressemitteilung
Stadtwerke bauen Solarpark am Nordhang
Nordheim, 12. Mai 2023
Die Stadtwerke Nordheim bauen bis zum Herbst einen Solarpark mit einer Leistung von zwölf Megawatt am Nordhang oberhalb der Stadt.
Der Park soll jedes Jahr so viel Strom erzeugen, wie rund dreitausend Haushalte verbrauchen, und im Oktober ans Netz gehen.
Pressekontakt
presse@stadtwerke-nordheim.example
Zurück zur Übersicht"""

# A Spanish blog post with its `<title>` line, a comment count and a reading time under the headline.
BLOG_ES = """Cinco rutas en bici por la sierra | Pedaleando
Pedaleando
Inicio
Rutas
Material
Contacto
Cinco rutas en bici por la sierra
Publicado el 3 de mayo de 2022 por Lucía
4 comentarios
Lectura de 5 minutos
La sierra está a menos de una hora de la ciudad y tiene caminos para todos los niveles, desde paseos tranquilos hasta subidas muy duras.
Estas son las cinco rutas que más repito cada primavera, con su distancia, su desnivel y un sitio para comer al final de cada una.
Compartir:
Me gusta:
4 comentarios en «Cinco rutas en bici por la sierra»
Deja una respuesta"""

# A Chinese article without the `<title>` line: an editor line and a view count under the headline.
NEWS_ZH_NO_HEAD = """首页
新闻
财经
科技
首页 > 科技 > 正文
新型电动公交车在本市投入运营
2023年05月12日 09:15 来源：东方日报 编辑：李明
阅读量：1203
本市首批五十辆新型电动公交车今天正式投入运营，这些车辆充一次电可以行驶三百公里。
公交公司表示，到明年年底，全市所有的公交线路都将使用电动公交车，每年可以减少大量的碳排放。
不少乘客表示，新车不仅安静，而且座位也比以前的车更舒服。
相关阅读
地铁三号线延长段开通"""

# A product review, the `<title>` line in another wording than the headline, a verdict box under it.
REVIEW_EN = """Acme Trail 2 review: a light tent for fast hikers | Gear Notes
Gear Notes
Reviews
Buying guides
Deals
Acme Trail 2 tent review
Our verdict: 4 out of 5 stars
Pros: light, quick to pitch
Cons: tight for two
The Trail 2 weighs just over a kilo, which makes it one of the lightest two-person tents we have carried this year.
It takes less than five minutes to pitch, even in the wind, and the single pole design leaves plenty of head room at the door.
Two people will find it tight, though, and there is little room for packs inside, so most hikers will use it as a roomy tent for one.
Prices
Check price at the shop"""

NEWS_EN_TEASER = """Council delays vote on the new harbour ferry - North Shore Post
Skip to content
North Shore Post
Local
Business
Sport
Council delays vote on the harbour ferry after cost doubles
By Priya Raman, North Shore Post
Updated 0912 GMT (1712 HKT) March 12, 2024
Watch: the old ferry's last winter crossing
Most popular
Fishing fleet returns early as storms close in
Why the lighthouse keeper's cottage is up for sale
Harbour café wins regional prize for its chowder
The town council put off its vote on a new ferry for the island route on Tuesday, after the latest estimate showed the cost had doubled since the plan was first drawn up.
Councillors asked for a second opinion on the price and said they would take up the question again at their meeting next month.
The island's residents have waited for a new boat for more than five years, and many of them came to the meeting to ask for a decision.
© 2024 North Shore Post"""

NEWS_EN_QUESTION = """Can the old mill still be saved? | Valley Gazette
Valley Gazette
News
Opinion
Weather
Can the old mill by the river still be saved from the bulldozers?
By Tom Weller
May 2, 2024, 7:15 a.m.
The town's planning board will decide next week whether the owners of the old mill may tear it down and build flats on the site by the river.
A group of residents has raised money for a survey of the building, which they say shows that its walls and roof can be repaired.
The owners say the repairs would cost more than the building is worth, and that the flats would bring new families to the town centre.
Share this article
Related
Riverside path to reopen in the summer"""

NEWS_DE_STANDFIRST = """Neuer Elektrobus im Test: Was kann er im Winter? | Stadtanzeiger
Zum Inhalt springen
Stadtanzeiger
Lokales
Wirtschaft
Sport
Verkehr
Neuer Elektrobus im Test: Wie schlägt er sich im Winter?
Die Verkehrsbetriebe haben einen elektrischen Bus eine Woche lang bei Frost fahren lassen und die Reichweite gemessen, das Ergebnis überrascht
von Jana Brenner
12.01.2024
Teilen
Eine Woche lang ist der neue Elektrobus der Verkehrsbetriebe bei Temperaturen unter null Grad auf der Linie 4 gefahren, und die Reichweite war besser als erwartet.
Im Schnitt kam der Bus mit einer Ladung gut 250 Kilometer weit, also fast so weit wie im Sommer, weil die Heizung mit einer Wärmepumpe arbeitet.
Die Verkehrsbetriebe wollen nun bis zum Jahr 2026 zwanzig weitere Busse dieser Art kaufen.
Mehr zum Thema
Neue Haltestellen am Bahnhof"""

NEWS_FR_MENU = """Le tramway arrivera à la gare en 2026 - La Dépêche du Val
Aller au contenu
La Dépêche du Val
Actualités Politique Économie Sports Culture
Mon compte
Le tramway arrivera enfin à la gare en 2026
Par Claire Dubois le 14.03.2024 à 11h20
Les travaux de la nouvelle ligne de tramway commenceront cet été, et les premières rames rouleront jusqu'à la gare au printemps 2026, a annoncé la métropole.
La ligne fera sept kilomètres et comptera douze stations, dont trois près de l'université et de l'hôpital.
Le chantier fermera certaines rues du centre pendant plusieurs mois, et des bus remplaceront le tramway sur la partie nord de la ligne.
Newsletter
Actualités Politique Économie Sports Culture
© La Dépêche du Val"""

BLOG_DE_TAGS = """Kompost im Winter: so bleibt er aktiv – Gartenzeit
Gartenzeit
Blog
Über mich
Kontakt
Kompost im Winter: so bleibt er aktiv
von Heike
Garten, Boden, Kompost, Tipps
21. Januar 2024
Viele Gärtner lassen ihren Kompost im Winter einfach liegen, dabei arbeiten die kleinen Helfer darin auch bei Kälte weiter, wenn man ihnen ein wenig hilft.
Eine dicke Schicht aus Laub und Stroh hält die Wärme im Haufen, und ein Deckel aus Brettern schützt ihn vor zu viel Regen und Schnee.
Wer im Januar frische Küchenabfälle dazugibt, sollte sie klein schneiden und mit trockenem Material mischen, damit nichts fault.
Kommentare
Schreibe einen Kommentar"""

NEWS_EN_L_SEPARATOR = """Frost warning for the north on Tuesday l Radio North
Radio North
Home
News
Weather
Frost warning for the north on Tuesday
Written: 2024-01-08 15:03:30 / Updated: 2024-01-08 15:30:46
Share
Print
Forecasters have warned of hard frost across the north of the country on Tuesday night, with temperatures falling to ten degrees below zero in the hills.
Drivers are asked to take care on untreated roads, and the rail company says some early trains may run late because of ice on the lines.
The cold will ease on Thursday, when milder air and rain move in from the west.
Latest News
Ferry services resume after the storm"""

PRESS_ES_SIGNED = """El Ayuntamiento abre un nuevo centro de día para mayores | Ayuntamiento de Villanueva
Ir al contenido
Ayuntamiento de Villanueva
Sala de prensa
Agenda
Trámites
Contacto
El Ayuntamiento abre un nuevo centro de día para mayores en el barrio norte
Publicado el 05/03/2024
Compartir
El Ayuntamiento de Villanueva ha abierto este lunes un nuevo centro de día para personas mayores en el barrio norte, con plazas para sesenta usuarios.
El centro ofrecerá comidas, talleres de memoria y actividades físicas de lunes a viernes, y contará con un servicio de transporte desde los domicilios.
La alcaldesa ha recordado que las solicitudes pueden presentarse en la sede electrónica o en cualquier oficina municipal.
Noticias relacionadas
Nuevo horario de la biblioteca municipal"""

MAGAZINE_DE_TOPICS = """Innere Ruhe: 7 Tipps für mehr Gelassenheit im Alltag | Kopfsache
Kopfsache
Magazin
Achtsamkeit Schlaf Ernährung Bewegung Beziehungen
Kurse
Login
Gelassen bleiben: Wie du im Alltag deine innere Ruhe findest
Lesezeit 5 Minuten
Themen
Achtsamkeit Schlaf Ernährung Bewegung Beziehungen
Wer jeden Tag von Termin zu Termin eilt, verliert leicht das Gefühl für sich selbst, und schon kleine Pausen können helfen, wieder zur Ruhe zu kommen.
Eine einfache Übung ist, dreimal am Tag für eine Minute bewusst und langsam zu atmen, am besten zu festen Zeiten, damit sie zur Gewohnheit wird.
Auch ein Spaziergang ohne Telefon am Abend hilft vielen Menschen, den Tag hinter sich zu lassen und besser zu schlafen."""

BLOG_EN_COURSE_ROW = """Pricing your work: how much should a freelancer charge? - Studio Notes
Skip to content
Studio Notes
Courses
Podcast
About
Free workshops: pick a topic and start watching now
LOGO DESIGN
RUNNING A SMALL STUDIO
Pricing your work: why most freelancers charge too little
128 Shares
Share
Pin
Most freelancers set their first prices by looking at what others charge, and then lower them a little to be safe, which is where the trouble starts.
A price has to pay for the hours you cannot bill, such as writing proposals, answering email and learning new tools, not just the hours on the project.
Work out what you need to earn in a year, divide it by the hours you can really bill, and you will likely find your old rate was far too low.
LOGO DESIGN
RUNNING A SMALL STUDIO
12 thoughts on “Pricing your work: why most freelancers charge too little”"""

PRESS_ES_CAPTION = """Global | Los bosques del sur pierden un tercio de su superficie | Amigos de la Tierra
Ir al contenido
Amigos de la Tierra
Donar
Prensa
Nota de prensa 4 de marzo de 2024
Mundo: los bosques del sur han perdido un tercio de su superficie en veinte años
Voluntarios plantan árboles en una ladera quemada (foto de archivo)
© Archivo Amigos de la Tierra
Los bosques del sur del país han perdido un tercio de su superficie en los últimos veinte años por los incendios, la sequía y la tala, según un informe publicado hoy.
El informe pide a las autoridades que protejan las zonas que aún quedan y que repueblen las laderas quemadas con especies autóctonas.
La organización recuerda que los bosques retienen el agua de lluvia y frenan la erosión del suelo en las montañas."""

LAW_BLOG_DE = """BGH: fotoarchiv-online
Recht im Netz
Urteile
Aufsätze
Podcast
Sie sind hier:
Startseite
Urteile
BGH: fotoarchiv-online.de
Urteil
3. Mai 2022, 09:15
Rechtsanwältin Petra Lenz
Die Leitsätze des Gerichts zur Haftung
Der Bundesgerichtshof hatte zu entscheiden, ob der Betreiber eines Fotoarchivs für Bilder haftet, die Nutzer ohne Erlaubnis der Fotografen hochgeladen haben.
Die Richter meinten, der Betreiber hafte erst, wenn er von der Verletzung erfahren und das Bild dann nicht schnell genug entfernt habe.
Ein Archiv, das die Bilder vorher selbst prüft und als eigene Inhalte zeigt, haftet dagegen wie für eigene Inhalte.
Kommentar schreiben"""


# Templates added for issue 11 (pages never shown to us): the furniture of common templates around
# the headline, each page in its own words.

# A WordPress blog with its theme's menu, a tagline under the site's name, a post meta row and sidebar widgets.
WORDPRESS_EN = """How I pack for a week of hiking with one backpack – Trail & Thimble
Skip to content
Trail & Thimble
Hiking, sewing and slow travel
Menu
Home
Gear
Trips
Sewing
About Me
Search for:
Search
How I pack for a week of hiking with one backpack
Posted by Ruth Adler on April 14, 2023
In Gear, Trips
6 Comments
After years of carrying far too much, I finally have a packing list that fits into one small backpack and still leaves room for a paperback.
The secret is not buying lighter gear but taking fewer things: one warm layer, one rain layer, and clothes that dry overnight on a hostel radiator.
I pack the heavy things close to my back and the things I need during the day at the top, so I never have to unpack on the trail.
Share this:
Click to share on Twitter (Opens in new window)
Click to share on Facebook (Opens in new window)
Like this:
Like Loading...
6 thoughts on “How I pack for a week of hiking with one backpack”
Ben Marsh
April 15, 2023 at 8:02 am
Great list, I would add a spare pair of socks.
Reply
Leave a Reply Cancel reply
Recent Posts
A weekend on the coast path
Sewing my own stuff sacks
Archives
April 2023
Proudly powered by WordPress | Theme: Twenty Twenty."""

# A local news site: a breadcrumb, a section label over the headline, a share bar and the author's name
# and paper on two lines; the `<title>` line words the headline for search engines.
NEWS_EN_SHARE_BAR = """Water rates to rise 8% in April, utility says - Business - The Lakeside Tribune
The Lakeside Tribune
Subscribe
Log in
Menu
News
Business
Sports
Opinion
Obituaries
e-Edition
Home / Business / Local Business
BUSINESS
Water bills set to go up by 8 percent from April
Facebook
Twitter
Email
Print
Save
Gwen Hollis
The Lakeside Tribune
Published: Feb. 2, 2024, 5:30 p.m. ET
Customers of the Lakeside water utility will pay about eight percent more for their water from April, after the utility's board approved new rates on Thursday.
The utility says the money will go to replacing old pipes under the east side of town, some of which were laid more than a century ago.
A typical household will pay about four dollars more a month, the utility said.
Most Popular
High school gym to close for the summer"""

# A Medium-like post: the app bar, the author's name with a follow button, a reading time and clap counts.
MEDIUM_EN = """Ten things I learned from a year of writing every day | by Omar Haddad | Medium
Open in app
Sign up
Sign in
Write
Ten things I learned from a year of writing every day
Omar Haddad
·
Follow
6 min read
·
Jan 9, 2024
312
7
Listen
Share
Last January I promised myself that I would write something every single day, even if it was only a paragraph about the weather.
Most days the writing was not good, but the habit of sitting down at the same time each morning turned out to matter far more than any one piece.
Here is what a year of it taught me, in no particular order.
1. Nobody cares as much as you think
Written by Omar Haddad
312 Followers
More from Omar Haddad"""

# A Substack-like post without the `<title>` line: Subscribe and Sign in above, the publication's name, a subtitle.
SUBSTACK_EN = """Margin Notes
Subscribe
Sign in
Share this post
The slow death of the library card
marginnotes.substack.com
Copy link
The slow death of the library card
Fewer people sign up every year, and a few small towns are trying something new
Hannah Kessler
Mar 14, 2024
24
5
Share
When I moved to a new town last year, the first thing I did was walk to the library and ask for a card, and the woman at the desk looked surprised.
She told me they sign up fewer new readers every year, and that most people who come in only want to use the computers or print something.
Subscribe to Margin Notes
Essays on books, reading and the places we read them.
24 Likes
5 Comments"""

# A German regional news page: a skip link, a breadcrumb, the section's name, the author after `Von`,
# a reading time and a share button.
NEWS_DE_POLITIK = """Landtag beschließt neues Schulgesetz | Rheinische Nachrichten
Zum Inhalt springen
Rheinische Nachrichten
Abo
Anmelden
Startseite
Politik
Wirtschaft
Panorama
Sport
Startseite > Politik > Landespolitik
Landespolitik
Landtag beschließt neues Schulgesetz
Mehr Lehrer, kleinere Klassen: Was sich nach den Sommerferien an den Schulen im Land ändert
Von Markus Brandt
Aktualisiert am 08.03.2024, 16:42 Uhr
Lesezeit: 3 Min.
Artikel teilen
Der Landtag hat am Freitag mit den Stimmen der Regierungsfraktionen ein neues Schulgesetz beschlossen, das ab dem kommenden Schuljahr gelten soll.
Künftig sollen in den Grundschulen höchstens 24 Kinder in einer Klasse sitzen, und das Land will dafür in den nächsten drei Jahren 900 Lehrer einstellen.
Die Opposition kritisierte, das Gesetz komme zu spät und es gebe schon heute nicht genug Bewerber für die offenen Stellen.
Mehr zum Thema
Weniger Unterrichtsausfall im Februar"""

# A German news page without the `<title>` line: skip links, a time since publishing above the headline.
NEWS_DE_AGO = """Zum Inhalt springen
Zur Navigation springen
Nordsee-Bote
Startseite
Region
Politik
Sport
vor 3 Stunden
Sturmflut: Fähren zu den Inseln fallen aus
Von Jens Petersen
Wegen der Sturmflut fallen am Donnerstag alle Fähren zu den Nordseeinseln aus, die Reedereien wollen den Verkehr frühestens am Freitagmittag wieder aufnehmen.
Das Wasser stand am Morgen knapp zwei Meter über dem mittleren Hochwasser, in einigen Häfen wurden Parkplätze überflutet.
Verletzt wurde nach Angaben der Polizei niemand.
Weitere Artikel
Neuer Deich bei Husum fertig"""

# A French news page: `Publié le ... mis à jour le ...`, a reading time and a share row; the `<title>` line is the headline alone.
NEWS_FR_PUBLIE = """Grève des contrôleurs aériens : des centaines de vols annulés jeudi
Aller au contenu principal
Le Quotidien de l'Ouest
S'abonner
Se connecter
Menu
International
Politique
Économie
Société
Grève des contrôleurs aériens : des centaines de vols annulés jeudi
Les aéroports de l'Ouest seront les plus touchés, selon l'aviation civile
Par Julien Morel
Publié le 17/01/2024 à 18h05, mis à jour le 17/01/2024 à 19h12
Lecture 2 min.
Partager
Facebook
Twitter
Copier le lien
Des centaines de vols seront annulés jeudi dans les aéroports de l'Ouest en raison d'une grève des contrôleurs aériens, a annoncé mercredi l'aviation civile.
Les compagnies ont demandé aux passagers de vérifier l'état de leur vol avant de se rendre à l'aéroport, et de reporter leur voyage quand c'est possible.
Le mouvement pourrait se poursuivre vendredi si aucun accord n'est trouvé avec la direction.
Sur le même sujet
Les trains régionaux perturbés ce week-end"""

# A French page without the `<title>` line: a time since publishing and the section above the headline.
NEWS_FR_AGO = """Passer au contenu
La Voix du Littoral
Actualité
Sports
Loisirs
Il y a 2 heures
Faits divers
Un chalutier ramène une mine de la dernière guerre
Par Élodie Roux
Un chalutier de Boulogne a remonté mardi dans ses filets une mine datant de la Seconde Guerre mondiale, et l'équipage a dû attendre les démineurs en mer.
La mine a été remorquée au large puis détruite dans l'après-midi par les plongeurs de la Marine, sans faire de blessés.
Ce type de découverte reste fréquent sur la côte, où des dizaines d'engins sont remontés chaque année.
Partager l'article"""

# A Japanese news page: its date line with the weekday and the time of day, in the way Japanese sites write it.
NEWS_JA_WEEKDAY = """大雪で新幹線に遅れ 週末も警戒を｜東海新聞デジタル
メインコンテンツへ移動
東海新聞デジタル
ログイン
会員登録
トップ
社会
政治
経済
スポーツ
2024年1月24日（水） 18時12分
大雪で新幹線に遅れ 週末も警戒を
シェア
ポスト
強い寒波の影響で、二十四日は東海地方の各地で雪が降り、新幹線は一部の区間で速度を落として運転したため、最大で四十分の遅れが出ました。
気象台によりますと、週末にかけても山沿いを中心に大雪となるおそれがあり、交通機関への影響に注意するよう呼びかけています。
関連ニュース
高速道路で通行止め続く"""

# A Chinese news page without the `<title>` line: a breadcrumb, a time since publishing, source and author lines.
NEWS_ZH_AGO = """东方网
首页
新闻
财经
科技
登录
注册
当前位置：首页 > 财经 > 产业
新能源汽车销量再创新高
3小时前
来源：东方网
作者：王丽
字号：大 中 小
分享到：
今年前十个月，全国新能源汽车的销量比去年同期增长了三成以上，其中出口的数量更是翻了一番，多家企业表示订单已经排到了明年。
业内人士认为，电池价格下降和充电设施的增加，是销量增长的主要原因。
相关新闻
本市新增两千个充电桩"""

# A Q&A page: vote and answer counts, when it was asked and how often it was viewed.
QA_EN = """How do I stop my sourdough from tasting too sour? - Baking Stack
Baking Stack
Questions
Tags
Users
Ask Question
How do I stop my sourdough from tasting too sour?
Asked 3 years, 2 months ago
Modified 1 year ago
Viewed 4k times
12 votes
My sourdough loaves taste far more sour than the bread from the bakery down the road, even though I feed the starter twice a day.
I bake at home in a warm kitchen and leave the dough to rise overnight. Is there a way to make it milder without using yeast?
sourdough fermentation
Share
Follow
asked Mar 3, 2021 at 9:14
bread_lover
2 Answers
Sorted by:
18 votes
The sourness comes mostly from the long, warm rise. Try a shorter rise or put the dough in the fridge, and feed the starter just before you mix.
Your Answer
Post as a guest"""

# A German forum thread without the `<title>` line: the thread's starter, its date, answer and view counts.
FORUM_DE = """Direkt zum Inhalt
Haustechnik-Forum
Foren
Neue Beiträge
Anmelden
Registrieren
Foren > Heizung > Gasheizung
Heizung macht Klopfgeräusche – was tun?
Ersteller KlausM
Erstellt am 12.11.2023
5 Antworten
312 Aufrufe
KlausM
Mitglied
#1
Hallo zusammen, seit ein paar Tagen klopft unsere Gasheizung immer dann, wenn das warme Wasser läuft, und ich weiß nicht, ob das gefährlich ist.
Die Anlage ist zwölf Jahre alt und wurde im Sommer gewartet. Hat jemand eine Idee, woran das liegen kann?
Antworten
Zitieren
HeizungsHans
Experte
#2
Das klingt nach Luft in der Leitung oder nach zu wenig Druck, schau mal auf das Manometer."""

# A recipe page without the `<title>` line: three skip links, a rating, dates, a disclosure and the recipe card.
RECIPE_EN_CARD = """Skip to primary navigation
Skip to main content
Skip to primary sidebar
Sunday Pantry
Home
Recipes
Breakfast
Dinner
Baking
About
Search
Jump to Recipe
Print Recipe
One-Pan Chicken with Lemon and Olives
By Claire Benton
Published: 02/11/2024
4.86 from 43 votes
Leave a Review
This post may contain affiliate links. Please read our disclosure policy.
This is the dinner I make when I want something that tastes like a lot of work but is really just one pan and a hot oven.
The lemons go soft and sweet while they roast, and the olives add just enough salt that the sauce needs nothing else.
Prep Time: 10 minutes
Cook Time: 35 minutes
Servings: 4
Calories: 420kcal
Ingredients
4 chicken thighs
1 lemon, sliced
Instructions
Heat the oven, lay everything in the pan, and roast for thirty-five minutes."""

# A German recipe page with its `<title>` line: the rating, the times and the price of the ingredients.
RECIPE_DE = """Kartoffelsuppe mit Würstchen - einfach & schnell | Kochstube
Kochstube
Rezepte
Backen
Kochen
Magazin
Zum Rezept springen
Kartoffelsuppe mit Würstchen
4,7 (128 Bewertungen)
Arbeitszeit 20 Min.
Gesamtzeit 45 Min.
Kosten ca. 6,50 €
Eine Kartoffelsuppe wärmt an kalten Tagen wie kaum etwas anderes, und mit ein paar Würstchen wird sie zu einer vollen Mahlzeit für die ganze Familie.
Die Kartoffeln schälen und würfeln, mit Zwiebeln und Möhren in etwas Butter andünsten und dann mit Brühe aufgießen.
Zutaten
1 kg Kartoffeln
4 Wiener Würstchen
Zubereitung
Alles zwanzig Minuten köcheln lassen, einen Teil pürieren und die Würstchen in Scheiben dazugeben."""

# A product review without the `<title>` line: a deals box with price lines over the headline.
REVIEW_EN_PRICES = """TechBench
News
Reviews
Best picks
Deals
Home > Reviews > Phones
Today's best deals
$299 at Amazon
$319 at Best Buy
Nimbus X5 review: a good cheap phone with one big flaw
By Leo Grant published 3 days ago
When you purchase through links on our site, we may earn an affiliate commission.
The Nimbus X5 has a bright screen and a battery that easily lasts two days, which is more than most phones at twice the price can say.
Its camera is the weak point: photos in daylight look fine, but indoors and at night they are soft and full of noise.
If you can live with that, it is the best phone you can buy for under three hundred dollars right now.
Verdict
Pros
Long battery life
Cons
Weak camera at night"""

# A French press release without the `<title>` line: a label and a publication date over the headline.
PRESS_FR = """Passer au contenu
Région Val-de-Loire
Accueil
Actualités
Espace presse
Communiqués
Accueil > Espace presse > Communiqués
Communiqué de presse
Publié le 05 mars 2024
La Région lance un plan vélo de 50 millions d'euros
Partager
Imprimer
Télécharger le PDF
Orléans, le 5 mars 2024 – La Région a présenté mardi un plan de 50 millions d'euros pour créer 400 kilomètres de pistes cyclables d'ici 2028.
Les nouvelles pistes relieront les gares aux lycées et aux zones d'activité, et la Région aidera les communes qui veulent construire des parkings pour vélos.
Contact presse
presse@region-val-de-loire.example"""

# An Italian news page whose `<title>` line is `Headline | Site`, the author after `di`.
NEWS_IT = """Treni, sciopero di 24 ore venerdì: le fasce garantite | Gazzetta del Lago
Gazzetta del Lago
Abbonati
Accedi
Cronaca
Politica
Economia
Sport
Treni, sciopero di 24 ore venerdì: le fasce garantite
di Luca Bianchi
8 marzo 2024 (modifica il 8 marzo 2024 | 19:40)
Condividi
Venerdì i treni regionali e a lunga percorrenza potranno fermarsi per ventiquattro ore a causa di uno sciopero nazionale dei ferrovieri.
Saranno garantiti i treni in partenza dalle 6 alle 9 e dalle 18 alle 21, ha fatto sapere la società che gestisce la rete.
I sindacati chiedono un nuovo contratto e più personale sui treni della sera."""

# A Dutch council page, no `<title>` line: a cookie banner first, then the site and a section label.
COOKIE_NL = """Deze website gebruikt cookies
Wij gebruiken cookies om de website goed te laten werken en om het gebruik ervan te meten.
Alle cookies accepteren
Alleen noodzakelijke cookies
Instellingen
Gemeente Zandvoorde
Wonen
Werken
Nieuws
Contact
Nieuws
Nieuwe fietsbrug over het kanaal geopend
Gepubliceerd op 14 maart 2024
Sinds vandaag kunnen fietsers en voetgangers het kanaal oversteken over de nieuwe brug bij de haven, die in anderhalf jaar is gebouwd.
De brug verkort de route van de nieuwe wijk naar het centrum met bijna twee kilometer, en is 's avonds verlicht.
Wethouder De Vries opende de brug samen met leerlingen van de basisschool aan de overkant."""

# A news page without the `<title>` line: the photo's caption stands twice under the headline.
CAPTION_TWICE_EN = """Sierra Daily
News
Fire
Weather
Wildfire forces hundreds to leave their homes in the hills
Firefighters watch the flames from a fire road above Pine Hollow
Firefighters watch the flames from a fire road above Pine Hollow
Photo: Dana Ortiz / Sierra Daily
By Dana Ortiz
June 9, 2024
A wildfire in the hills above Pine Hollow forced hundreds of people to leave their homes on Sunday, as strong winds pushed the flames towards the town.
Firefighters said the fire had burned more than two thousand acres by the evening, and that they expected the wind to ease overnight.
Shelters have opened at the high school and the community centre."""

# A sports page without the `<title>` line: a time since publishing above the headline, a section label.
NEWS_EN_AGO = """Skip to content
Metro Wire
News
Sport
Money
Sport
2 hours ago
Late goal sends City into the cup final
By Sam Okoro
City reached the cup final for the first time in twenty years with a goal in the last minute of extra time against their neighbours on Saturday.
The home side had held out for almost two hours, but a header from a corner finally broke them in front of a full stadium.
City will meet the holders in the final next month."""

# A Polish news page with its `<title>` line: the section label, the time since publishing and the author.
NEWS_PL = """Nowy most na Wiśle gotowy przed terminem - Gazeta Nadwiślańska
Gazeta Nadwiślańska
Wiadomości
Region
Sport
Kultura
Region
Nowy most na Wiśle gotowy przed terminem
2 godziny temu
Autor: Anna Nowak
Udostępnij
Nowy most na Wiśle został oddany do użytku dwa miesiące przed terminem, a pierwsi kierowcy przejechali po nim we wtorek rano.
Most ma odciążyć centrum miasta, przez które codziennie przejeżdża kilka tysięcy ciężarówek.
Budowa kosztowała ponad trzysta milionów złotych."""

# A hobby blog without the `<title>` line: the site's name and its tagline at the top, a date under the headline.
TAGLINE_EN = """Notes from the Workbench
Woodworking, hand tools and plenty of mistakes
Home
Projects
Tools
About
Building a simple bench from a single plank
March 3, 2024
I had one long oak plank left over from the kitchen shelves, and I wanted to see whether I could get a whole bench out of it without buying any more wood.
The trick is to cut the legs at a slight angle, so that the bench stands firmly even on an uneven garden path.
It took two weekends, mostly because I cut the first leg too short and had to start again.
Leave a comment"""

# A news page whose headline ends in `..., operator says` (a reported headline, no comment's header).
NEWS_EN_SAYS = """Ferry fares to rise in May, operator says | Island Gazette
Island Gazette
News
Business
Travel
Ferry fares to rise in May, operator says
By Nora Quinn
April 2, 2024
Return tickets on the island ferry will cost about a tenth more from the first of May, the ferry company said on Tuesday, blaming the price of fuel.
Islanders who travel every day will keep their discount, and children under twelve will still travel free with an adult.
The company last raised its fares two years ago.
Nora Quinn says:
April 3, 2024 at 9:15 am
Thanks to all who wrote in about the timetable."""

# A long-read without the `<title>` line: the two authors' names on a line of their own under the headline.
AUTHORS_LINE_EN = """The Long Read
Features
Investigations
Podcasts
Inside the hospital that never closed its doors
Sara Haddad, Yusuf Karim
November 8, 2023, 4:12 p.m.
For three months the small hospital at the edge of the city kept working through power cuts, water shortages and the noise of the fighting outside.
Its doctors slept in the corridors between shifts, and the nurses took turns going home to check on their own families.
This is the story of those months, told by the people who worked there."""

# A Spanish WordPress blog without the `<title>` line, its default tagline still under the site's name.
WP_TAGLINE_ES = """Saltar al contenido
Cuaderno de Huerta
Otro sitio realizado con WordPress
Inicio
Blog
Contacto
Tomates en maceta
Publicado el 3 de junio de 2023 por admin
Este año he plantado los tomates en macetas grandes en la terraza, porque en el huerto del pueblo ya no me quedaba sitio para todos.
Lo más importante es que la maceta tenga al menos cuarenta litros y buenos agujeros para que salga el agua.
Riego cada dos días por la mañana, y en julio todos los días si hace mucho calor.
Deja una respuesta"""

# A Chinese news page without the `<title>` line: its date line gives the weekday, in words.
NEWS_ZH_WEEKDAY = """首页
国内
国际
体育
娱乐
全市中小学下周一开学
2023年8月28日 星期一
来源：晚报
全市中小学将于下周一正式开学，教育部门提醒家长提前做好准备，帮助孩子调整作息时间。
今年全市新增了十二所学校，可以提供一万多个学位，基本满足了新入学学生的需要。
相关阅读"""

# A Portuguese Q&A page without the `<title>` line: the question's counts on one line under it.
QA_PT = """Pergunte à Comunidade
Perguntas
Tags
Entrar
Como tirar manchas de café do sofá de tecido?
3 respostas · 12 votos · 1,2 mil visualizações
Derrubei uma xícara de café no sofá ontem à noite e a mancha não sai, mesmo depois de esfregar com água e sabão várias vezes.
O tecido é claro e eu tenho medo de usar produtos fortes e estragar a cor. Alguém sabe o que funciona?
Melhor resposta
Misture vinagre branco com água morna e aplique com um pano limpo, sem esfregar, apenas pressionando a mancha."""

# A German local page without the `<title>` line: a section's name of four words above a short headline.
NEWS_DE_SECTION = """Zur Navigation springen
Zur Suche springen
Talbote
Lokales
Sport
Nachrichten aus der Region
Freibad öffnet früher
Von Lena Weber
Das Freibad am Stadtwald öffnet in diesem Jahr schon am ersten Mai, zwei Wochen früher als sonst, weil das Wasser dank der neuen Solaranlage schneller warm wird.
Die Preise bleiben gleich, nur die Saisonkarte wird um fünf Euro teurer.
Der Förderverein sucht noch Helfer für den Kiosk."""

# A public broadcaster's page without the `<title>` line: share and save buttons, the author's name and role
# on two lines, and how long ago it came out.
BROADCASTER_EN = """Skip to content
Accessibility Help
Northern Broadcasting
Home
News
Sport
Weather
iPlayer
Sounds
Bus drivers vote to strike over new rotas
Share
Save
Amira Patel
Business reporter
5 hours ago
Bus drivers across the region have voted to strike for three days next month in a dispute over new rotas, which their union says leave too little time for rest.
The bus company said it was disappointed and that the new rotas met all the legal limits on driving hours.
Talks are planned for next week."""

# A newspaper's opinion page with its `<title>` line `Headline | Section | Site`, a kicker and a standfirst.
OPINION_EN = """The town needs its library more than ever | Opinion | The Daily Ledger
The Daily Ledger
Opinion
Culture
Lifestyle
Opinion
Libraries
The town needs its library more than ever
Closing the branch on the high street would save little and cost the town a great deal
Helen Carter
Mon 4 Mar 2024 06.00 GMT
Share
The council's plan to close the library on the high street is being sold as a saving, but it is hard to see what the town gets in return.
The building is used every day by schoolchildren, job seekers and older people who have nowhere else to go.
The saving, by the council's own figures, would be less than one percent of its budget."""

# A German news magazine with its `<title>` line `Kicker: Headline`; the page sets the kicker on its own line.
MAGAZIN_DE = """Wohnungsbau: Warum in der Stadt kaum noch gebaut wird - Stadtmagazin
Stadtmagazin
Politik
Wirtschaft
Kultur
Wohnungsbau
Warum in der Stadt kaum noch gebaut wird
Hohe Zinsen, teures Material, lange Genehmigungen: Viele Bauherren haben ihre Pläne auf Eis gelegt.
Ein Artikel von Lukas Brenner
19.02.2024, 06.30 Uhr
Vor zwei Jahren wurden in der Stadt noch fast dreitausend Wohnungen genehmigt, im vergangenen Jahr waren es nur noch halb so viele.
Die Bauherren klagen über hohe Zinsen und teures Material, die Verwaltung über zu wenig Personal für die Anträge.
Eine schnelle Besserung ist nicht in Sicht."""

# A French daily's page for subscribers, no `<title>` line: the paywall's label and the reading time.
ABONNES_FR = """Aller au contenu
Le Courrier du Centre
S'abonner
Se connecter
Société
Article réservé aux abonnés
Les pharmacies de campagne ferment les unes après les autres
Temps de Lecture 4 min.
Par Camille Fournier
Publié aujourd'hui à 06h00
Dans les villages du département, une pharmacie sur cinq a fermé en dix ans, et les habitants doivent parfois faire trente kilomètres pour trouver un médicament.
Les pharmaciens qui partent à la retraite ne trouvent pas de successeur, et les banques hésitent à prêter aux jeunes qui voudraient reprendre une officine.
Le département envisage de financer une partie des rachats."""

# A Reddit-like thread without the `<title>` line: the community, who posted and when, and the counts.
THREAD_EN = """Skip to main content
r/gardening
Posted by u/greenthumb 5 hr. ago
Finally got my first ripe tomato of the year!
After three failed summers I finally have a plant that is full of fruit, and the first one turned red this morning. The secret was a bigger pot and a lot more water.
132 comments
Share
Save
Sort by: Best
Well done! What variety is it?"""

# ... in German, French and Polish: the post's title, an exclamation or a question, is signed from above.
THREAD_DE = """Zum Hauptinhalt springen
r/balkongarten
Gepostet von u/gruenfink vor 3 Stunden
Weiß jemand, woher diese Flecken auf meinen Tomatenblättern kommen?
Seit einer Woche haben die unteren Blätter meiner Tomaten braune Flecken mit gelbem Rand, und jeden Tag kommen ein paar dazu. Ich gieße morgens und nur unten am Stiel.
48 Kommentare
Teilen
Speichern
Sortieren nach: Beste
Das sieht nach Braunfäule aus, die befallenen Blätter sofort abschneiden."""

THREAD_FR = """Aller au contenu principal
r/jardinage
Publié par u/pouce_vert il y a 5 heures
Enfin ma première tomate mûre de l'année !
Après trois étés ratés, j'ai enfin un plant couvert de fruits, et le premier est devenu rouge ce matin. Le secret, c'était un pot plus grand et beaucoup plus d'eau.
87 commentaires
Partager
Enregistrer
Trier par : Meilleurs
Bravo ! C'est quelle variété ?"""

THREAD_PL = """Przejdź do treści
r/ogrodnictwo
Opublikowane przez u/zielony_kciuk 2 godziny temu
Czy ktoś wie, dlaczego moje ogórki są gorzkie?
Drugi rok z rzędu ogórki z mojej grządki są gorzkie, choć podlewam je codziennie i rosną w słońcu. Sąsiad mówi, że to przez upał, ale jego ogórki są słodkie.
21 komentarzy
Udostępnij
Zapisz
Sortuj według: Najlepsze
U mnie pomogło podlewanie rano zamiast wieczorem."""

# A blog theme that prints a machine's time stamp (ISO 8601) in the line under the headline, beside the
# author, the date, the category and the comment count; the headline is two short sentences with full stops.
STAMPED_EN = """Skip to content
Home
About
Projects
Contact
I read the whole court ruling. Here is what it means for you.
JaneRoe 2021-03-04T10:12:00+01:00 March 4th, 2021 | Law | 12 Comments
The ruling has upset a whole industry, and most of what has been written about it in the last few days is wrong, or at least much too simple.
The court did not ban anything: it only said that a post which shows a brand must say so when the brand paid for it, in one way or another.
"""

STAMPED_DE = """Zum Inhalt springen
Start
Über mich
Projekte
Kontakt
Ich habe das ganze Urteil gelesen. Das bedeutet es für euch.
JanaRoth 2021-03-04T10:12:00+01:00 März 4th, 2021 | Recht | 12 Kommentare
Das Urteil hat eine ganze Branche aufgeschreckt, und das meiste, was in den letzten Tagen darüber geschrieben wurde, ist falsch oder viel zu einfach.
Das Gericht hat nichts verboten: Es hat nur gesagt, dass ein Beitrag, der eine Marke zeigt, das sagen muss, wenn die Marke dafür bezahlt hat.
"""

STAMPED_FR = """Aller au contenu
Accueil
À propos
Projets
Contact
J'ai lu tout le jugement. Voici ce qu'il change pour vous.
JeanneRoux 2021-03-04T10:12:00+01:00 mars 4th, 2021 | Droit | 12 commentaires
Le jugement a inquiété toute une profession, et la plupart de ce qui a été écrit depuis quelques jours est faux, ou du moins bien trop simple.
Le tribunal n'a rien interdit : il a seulement dit qu'une publication qui montre une marque doit le signaler quand la marque l'a payée.
"""

STAMPED_ES = """Saltar al contenido
Inicio
Sobre mí
Proyectos
Contacto
He leído toda la sentencia. Esto es lo que cambia para ti.
JuanaRuiz 2021-03-04T10:12:00+01:00 marzo 4th, 2021 | Derecho | 12 comentarios
La sentencia ha inquietado a todo un sector, y casi todo lo que se ha escrito sobre ella en los últimos días es falso, o al menos demasiado simple.
El tribunal no ha prohibido nada: solo ha dicho que una publicación que muestra una marca debe decirlo cuando la marca la ha pagado.
"""

# A news page whose section label, the last step of a breadcrumb (`... /`), stands between the standfirst
# and the date line, right over the byline: the headline is above the standfirst (the `<title>` line, when
# the page has one, words it otherwise).
LABELLED_EN = """Record deal for the tallest building by the harbour
Skip to content
Newsletter
Facebook
Twitter
Office tower on the waterfront sold for a record price
The buyer, a pension fund, plans to keep the tenants and renovate the lobby and the roof garden
Real Estate News National /
Nov. 18, 2023 12:02 PM
By Jane Roe
The office tower on the waterfront has been sold for the highest price ever paid for a building in the city, the seller said on Monday.
The pension fund that bought it plans to keep all of the current tenants and to spend two years renovating the lobby and the roof garden.
"""

LABELLED_DE = """Zum Inhalt springen
Newsletter
Facebook
Twitter
Bürohaus am Hafen für einen Rekordpreis verkauft
Der Käufer, ein Pensionsfonds, will die Mieter behalten und die Lobby und den Dachgarten erneuern
Immobilien und Märkte Region Nord /
18.11.2023 12:02 Uhr
Von Jana Roth
Das Bürohaus am Hafen ist für den höchsten Preis verkauft worden, der in der Stadt je für ein Gebäude bezahlt wurde, teilte der Verkäufer am Montag mit.
Der Pensionsfonds, der es gekauft hat, will alle Mieter behalten und zwei Jahre lang die Lobby und den Dachgarten erneuern.
"""

LABELLED_FR = """Aller au contenu
Newsletter
Facebook
Twitter
La tour de bureaux du port vendue à un prix record
L'acheteur, un fonds de pension, veut garder les locataires et rénover le hall et le jardin sur le toit
Immobilier et marchés Région Ouest /
18.11.2023 12h02
Par Jeanne Roux
La tour de bureaux du port a été vendue au prix le plus élevé jamais payé pour un immeuble dans la ville, a indiqué le vendeur lundi.
Le fonds de pension qui l'a achetée veut garder tous les locataires et consacrer deux ans à la rénovation du hall et du jardin sur le toit.
"""

LABELLED_IT = """Vai al contenuto
Newsletter
Facebook
Twitter
La torre di uffici sul porto venduta a un prezzo record
L'acquirente, un fondo pensione, vuole tenere gli inquilini e rinnovare l'atrio e il giardino sul tetto
Immobili e mercati Regione Nord /
18.11.2023 12:02
Di Giovanna Rossi
La torre di uffici sul porto è stata venduta al prezzo più alto mai pagato per un edificio in città, ha detto lunedì il venditore.
Il fondo pensione che l'ha comprata vuole tenere tutti gli inquilini e dedicare due anni al rinnovo dell'atrio e del giardino sul tetto.
"""

# A Japanese blog without the `<title>` line: the post's theme and its time stamp in figures.
BLOG_JA = """ブログトップ
記事一覧
画像一覧
春の庭仕事を始めました
テーマ：ガーデニング
2024-03-09 18:12:00
暖かい日が続いたので、今日から春の庭仕事を始めました。まずは冬の間に伸びた雑草を抜いて、土を耕しました。
来週はトマトとナスの苗を買ってきて、新しく作った畑に植える予定です。
いいね！
コメント
リブログ"""

# A government page with its `<title>` line: the department's name, a `Last updated` line and its contents box.
GOV_EN = """Apply for a blue badge - Harbour City Council
Skip to main content
Harbour City Council
Search
Parking and roads
Apply for a blue badge
Last updated: 12 March 2024
Contents
Who can apply
What you need
A blue badge lets you park closer to where you need to go if you have a disability or a health condition that affects how you get around.
You can apply online, and it usually takes about twelve weeks to get your badge once we have all the documents we need.
Who can apply
You can apply for yourself, for a child or for someone you care for."""

# An Italian news page without the `<title>` line: the last update and the reading time around the headline.
NEWS_IT_LETTURA = """Vai al contenuto
Il Corriere del Porto
Cronaca
Economia
Sport
Ultimo aggiornamento: 8 marzo 2024, 19:40
Il porto apre un nuovo terminal per le navi da crociera
Tempo di lettura: 3 minuti
di Giulia Conti
Il nuovo terminal per le navi da crociera è stato inaugurato venerdì e potrà accogliere fino a quattromila passeggeri al giorno.
I lavori sono durati due anni e sono costati circa quaranta milioni di euro, in parte pagati dalla regione.
I commercianti del centro sperano in un aumento dei visitatori già dalla prossima estate."""

# A Polish page with its `<title>` line `Headline | Site`: the reading time and the date under the headline.
NEWS_PL_CZAS = """Pociągi pojadą szybciej na trasie do Gdańska | Portal Pomorski
Przejdź do treści
Portal Pomorski
Wiadomości
Sport
Kultura
Pociągi pojadą szybciej na trasie do Gdańska
Czas czytania: 2 min
12 marca 2024, 10:15
Od czerwca pociągi na trasie do Gdańska będą jeździć szybciej, bo kończy się remont ostatniego odcinka torów.
Podróż z Warszawy skróci się o prawie dwadzieścia minut.
Przewoźnik zapowiada też więcej połączeń wieczornych."""

# A university's news page without the `<title>` line: the category and comment count after the date.
UNIVERSITY_EN = """Skip to content
Riverside University News
Research
Campus
Events
Students build a solar boat for the summer race
March 4, 2024 | Posted in Research | 4 Comments
A team of twelve engineering students has spent the winter building a boat that runs only on solar power, and they will race it on the river in June.
The boat is made of recycled carbon fibre and carries panels that the team designed themselves.
It reached a top speed of twelve knots on its first test last week."""


TEMPLATES: dict[str, tuple[str, str | None]] = {
    "news-en": (NEWS_EN, "Harbour bridge to close for six months of repairs"),
    "news-en-no-title-line": (NEWS_EN_NO_HEAD, "Rail strike halts trains across the north for a second day"),
    "blog-en": (BLOG_EN, "Why my tomatoes split"),
    "recipe-en": (RECIPE_EN, "Easy Lemon Drizzle Cake"),
    "wiki-en": (WIKI_EN, "Kestrel Valley Railway"),
    "press-release-en": (PRESS_EN, "Northwind Energy announces new wind farm off the east coast"),
    "forum-en": (FORUM_EN, "Tomato leaves curling at the top"),
    "listicle-en": (LISTICLE_EN, "10 cheap weekend trips from London"),
    "news-de": (NEWS_DE, "Neue Brücke über die Elbe eröffnet"),
    "blog-de": (BLOG_DE, "Mein erster Sauerteig: was ich gelernt habe"),
    "news-fr": (NEWS_FR, "Le marché couvert rouvre après deux ans de travaux"),
    "news-es": (NEWS_ES, "La lluvia vuelve a Sevilla tras meses de sequía"),
    "news-ja": (NEWS_JA, "駅前に新しい図書館が開館"),
    "news-zh": (NEWS_ZH, "城市新公园周末开放"),
    "gallery-en": (GALLERY_EN, "Night market returns to the old port"),
    "no-headline": (NO_HEADLINE, None),
    "breadcrumb-first": (BREADCRUMB_FIRST, "Storm floods the old town of a Baltic port"),
    "title-line-only": (TITLE_LINE_ONLY, "Tokyo museum reopens after two years of repairs"),
    "magazine-en": (MAGAZINE_EN, "Five quiet beaches for an autumn walk"),
    "news-de-kicker": (NEWS_DE_KICKER, "Neues Hallenbad: Stadtrat gibt grünes Licht"),
    "blog-fr": (BLOG_FR, "Confiture de figues maison"),
    "recipe-no-title-line": (RECIPE_NO_HEAD, "Roasted tomato and red pepper soup"),
    "press-release-de": (PRESS_DE, "Stadtwerke bauen Solarpark am Nordhang"),
    "blog-es": (BLOG_ES, "Cinco rutas en bici por la sierra"),
    "news-zh-no-title-line": (NEWS_ZH_NO_HEAD, "新型电动公交车在本市投入运营"),
    "review-en": (REVIEW_EN, "Acme Trail 2 tent review"),
    "news-en-teasers-above": (NEWS_EN_TEASER, "Council delays vote on the harbour ferry after cost doubles"),
    "news-en-question": (NEWS_EN_QUESTION, "Can the old mill by the river still be saved from the bulldozers?"),
    "news-de-standfirst": (NEWS_DE_STANDFIRST, "Neuer Elektrobus im Test: Wie schlägt er sich im Winter?"),
    "news-fr-menu-twice": (NEWS_FR_MENU, "Le tramway arrivera enfin à la gare en 2026"),
    "blog-de-tags": (BLOG_DE_TAGS, "Kompost im Winter: so bleibt er aktiv"),
    "news-en-l-separator": (NEWS_EN_L_SEPARATOR, "Frost warning for the north on Tuesday"),
    "press-release-es": (PRESS_ES_SIGNED, "El Ayuntamiento abre un nuevo centro de día para mayores en el barrio norte"),
    "magazine-de-topic-row": (MAGAZINE_DE_TOPICS, "Gelassen bleiben: Wie du im Alltag deine innere Ruhe findest"),
    "blog-en-course-row": (BLOG_EN_COURSE_ROW, "Pricing your work: why most freelancers charge too little"),
    "press-release-es-caption": (PRESS_ES_CAPTION,
                                 "Mundo: los bosques del sur han perdido un tercio de su superficie en veinte años"),
    "law-blog-de-title-cut-short": (LAW_BLOG_DE, "BGH: fotoarchiv-online.de"),
    "wordpress-en": (WORDPRESS_EN, "How I pack for a week of hiking with one backpack"),
    "news-en-share-bar": (NEWS_EN_SHARE_BAR, "Water bills set to go up by 8 percent from April"),
    "medium-en": (MEDIUM_EN, "Ten things I learned from a year of writing every day"),
    "substack-en": (SUBSTACK_EN, "The slow death of the library card"),
    "news-de-politik": (NEWS_DE_POLITIK, "Landtag beschließt neues Schulgesetz"),
    "news-de-time-ago": (NEWS_DE_AGO, "Sturmflut: Fähren zu den Inseln fallen aus"),
    "news-fr-publie": (NEWS_FR_PUBLIE, "Grève des contrôleurs aériens : des centaines de vols annulés jeudi"),
    "news-fr-time-ago": (NEWS_FR_AGO, "Un chalutier ramène une mine de la dernière guerre"),
    "news-ja-weekday": (NEWS_JA_WEEKDAY, "大雪で新幹線に遅れ 週末も警戒を"),
    "news-zh-time-ago": (NEWS_ZH_AGO, "新能源汽车销量再创新高"),
    "qa-en": (QA_EN, "How do I stop my sourdough from tasting too sour?"),
    "forum-de": (FORUM_DE, "Heizung macht Klopfgeräusche – was tun?"),
    "recipe-en-card": (RECIPE_EN_CARD, "One-Pan Chicken with Lemon and Olives"),
    "recipe-de": (RECIPE_DE, "Kartoffelsuppe mit Würstchen"),
    "review-en-prices": (REVIEW_EN_PRICES, "Nimbus X5 review: a good cheap phone with one big flaw"),
    "press-release-fr": (PRESS_FR, "La Région lance un plan vélo de 50 millions d'euros"),
    "news-it": (NEWS_IT, "Treni, sciopero di 24 ore venerdì: le fasce garantite"),
    "cookie-banner-nl": (COOKIE_NL, "Nieuwe fietsbrug over het kanaal geopend"),
    "caption-twice-en": (CAPTION_TWICE_EN, "Wildfire forces hundreds to leave their homes in the hills"),
    "news-en-time-ago": (NEWS_EN_AGO, "Late goal sends City into the cup final"),
    "news-pl": (NEWS_PL, "Nowy most na Wiśle gotowy przed terminem"),
    "tagline-en": (TAGLINE_EN, "Building a simple bench from a single plank"),
    "news-en-operator-says": (NEWS_EN_SAYS, "Ferry fares to rise in May, operator says"),
    "authors-line-en": (AUTHORS_LINE_EN, "Inside the hospital that never closed its doors"),
    "wordpress-tagline-es": (WP_TAGLINE_ES, "Tomates en maceta"),
    "news-zh-weekday": (NEWS_ZH_WEEKDAY, "全市中小学下周一开学"),
    "qa-pt": (QA_PT, "Como tirar manchas de café do sofá de tecido?"),
    "news-de-section": (NEWS_DE_SECTION, "Freibad öffnet früher"),
    "broadcaster-en": (BROADCASTER_EN, "Bus drivers vote to strike over new rotas"),
    "opinion-en": (OPINION_EN, "The town needs its library more than ever"),
    "magazin-de-kicker-line": (MAGAZIN_DE, "Warum in der Stadt kaum noch gebaut wird"),
    "abonnes-fr": (ABONNES_FR, "Les pharmacies de campagne ferment les unes après les autres"),
    "thread-en": (THREAD_EN, "Finally got my first ripe tomato of the year!"),
    "thread-de": (THREAD_DE, "Weiß jemand, woher diese Flecken auf meinen Tomatenblättern kommen?"),
    "thread-fr": (THREAD_FR, "Enfin ma première tomate mûre de l'année !"),
    "thread-pl": (THREAD_PL, "Czy ktoś wie, dlaczego moje ogórki są gorzkie?"),
    "stamped-en": (STAMPED_EN, "I read the whole court ruling. Here is what it means for you."),
    "stamped-de": (STAMPED_DE, "Ich habe das ganze Urteil gelesen. Das bedeutet es für euch."),
    "stamped-fr": (STAMPED_FR, "J'ai lu tout le jugement. Voici ce qu'il change pour vous."),
    "stamped-es": (STAMPED_ES, "He leído toda la sentencia. Esto es lo que cambia para ti."),
    "labelled-en": (LABELLED_EN, "Office tower on the waterfront sold for a record price"),
    "labelled-de": (LABELLED_DE, "Bürohaus am Hafen für einen Rekordpreis verkauft"),
    "labelled-fr": (LABELLED_FR, "La tour de bureaux du port vendue à un prix record"),
    "labelled-it": (LABELLED_IT, "La torre di uffici sul porto venduta a un prezzo record"),
    "blog-ja": (BLOG_JA, "春の庭仕事を始めました"),
    "gov-en": (GOV_EN, "Apply for a blue badge"),
    "news-it-lettura": (NEWS_IT_LETTURA, "Il porto apre un nuovo terminal per le navi da crociera"),
    "news-pl-czas": (NEWS_PL_CZAS, "Pociągi pojadą szybciej na trasie do Gdańska"),
    "university-en": (UNIVERSITY_EN, "Students build a solar boat for the summer race"),
}

# Templates the title stage still gets wrong, and why (a test marks them as expected failures):
KNOWN_WRONG: dict[str, str] = {}

