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
}
