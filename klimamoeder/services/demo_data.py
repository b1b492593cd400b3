"""The demo data set, built from the five Danish source documents in shared/seeds.

Facts (networks, meetings, dates, places, roles, named office holders) follow the
sources; participants and their e-mail addresses are invented and use `.example`
domains only, so the demo can never mail a real person. Where a source gives no
time of day or exact date (the Beijing signing "in September 2012"), a plausible one
is chosen and marked below.
"""

from __future__ import annotations

# (key, name, kind, city, country)
ORGANISATIONS = [
    ("esbjerg", "Esbjerg Kommune", "municipality", "Esbjerg", "DK"),
    ("wecp_secretariat", "WECP Secretariat", "association", "Houston", "US"),
    ("kl", "KL – Kommunernes Landsforening", "association", "København", "DK"),
    ("kk", "Københavns Kommune", "municipality", "København", "DK"),
    ("c40", "C40 Cities Climate Leadership Group", "association", "London", "GB"),
    ("beijing", "Beijing Municipal Government", "city", "Beijing", "CN"),
    ("clean", "CLEAN", "association", "København", "DK"),
    ("billund", "Billund Kommune", "municipality", "Billund", "DK"),
    ("kolding", "Kolding Kommune", "municipality", "Kolding", "DK"),
    ("vejen", "Vejen Kommune", "municipality", "Vejen", "DK"),
    ("vejle", "Vejle Kommune", "municipality", "Vejle", "DK"),
    ("naestved", "Næstved Kommune", "municipality", "Næstved", "DK"),
    ("aarhus", "Aarhus Kommune", "municipality", "Aarhus", "DK"),
    ("fredericia", "Fredericia Kommune", "municipality", "Fredericia", "DK"),
    ("kalundborg", "Kalundborg Kommune", "municipality", "Kalundborg", "DK"),
    ("middelfart", "Middelfart Kommune", "municipality", "Middelfart", "DK"),
    ("aalborg", "Aalborg Kommune", "municipality", "Aalborg", "DK"),
    ("odense", "Odense Kommune", "municipality", "Odense", "DK"),
    ("di", "Dansk Industri", "association", "København", "DK"),
    ("kalundborg_forsyning", "Kalundborg Forsyning", "utility", "Kalundborg", "DK"),
    ("port_esbjerg", "Port Esbjerg", "company", "Esbjerg", "DK"),
    ("sdu", "Syddansk Universitet Esbjerg", "knowledge_institution", "Esbjerg", "DK"),
    ("energistyrelsen", "Energistyrelsen", "authority", "København", "DK"),
    ("ens_craft", "Grindsted El & VVS", "company", "Grindsted", "DK"),
    ("billund_byg", "Billund Tømrer- og Snedkerforretning", "company", "Billund", "DK"),
    ("vejen_maler", "Vejen Malerfirma", "company", "Vejen", "DK"),
    ("kolding_tag", "Kolding Tag & Isolering", "company", "Kolding", "DK"),
]

# The 19 WECP member cities (the source gives the count, not the list; these are the
# partnership's long-standing energy cities). (key, city organisation name, city, country)
WECP_CITIES = [
    ("aberdeen", "Aberdeen City Council", "Aberdeen", "GB"),
    ("atyrau", "Atyrau City Akimat", "Atyrau", "KZ"),
    ("calgary", "City of Calgary", "Calgary", "CA"),
    ("den_helder", "Gemeente Den Helder", "Den Helder", "NL"),
    ("dongying", "Dongying Municipal People's Government", "Dongying", "CN"),
    ("halifax", "Halifax Regional Municipality", "Halifax", "CA"),
    ("houston", "City of Houston", "Houston", "US"),
    ("lafayette", "Lafayette Consolidated Government", "Lafayette", "US"),
    ("luanda", "Governo Provincial de Luanda", "Luanda", "AO"),
    ("macae", "Prefeitura de Macaé", "Macaé", "BR"),
    ("perth", "City of Perth", "Perth", "AU"),
    ("port_harcourt", "Port Harcourt City Council", "Port Harcourt", "NG"),
    ("st_johns", "City of St. John's", "St. John's", "CA"),
    ("stavanger", "Stavanger kommune", "Stavanger", "NO"),
    ("tyumen", "Tyumen City Administration", "Tyumen", "RU"),
    ("ulsan", "Ulsan Metropolitan City", "Ulsan", "KR"),
    ("villahermosa", "Ayuntamiento de Villahermosa", "Villahermosa", "MX"),
    ("cairns", "Cairns Regional Council", "Cairns", "AU"),
]

# (short name, name, kind, secretariat key, description)
NETWORKS = [
    ("WECP", "World Energy Cities Partnership", "city_network", "wecp_secretariat",
     "Non-profit partnership founded in 1995 of 19 energy cities worldwide. It furthers exchange in the "
     "energy sector and joint development in energy technology, education and environmental technology. "
     "New cities are admitted only on the recommendation of member cities. The member cities' mayors form "
     "the board, served by a secretariat in Houston, USA."),
    ("KL-klimanetværk", "Kommunernes klimapolitiske netværk", "climate_network", "kl",
     "KL's network for municipal managers and staff responsible for climate work. Earlier themes: energy "
     "and CO2 accounts, the DK2020 climate partnership, transport and mobility, agriculture and citizen "
     "involvement, energy efficiency in buildings and sustainable construction."),
    ("C40", "C40 Cities Climate Leadership Group", "city_network", "c40",
     "International network of 83 cities focused on cutting CO2 emissions and protecting cities against "
     "climate change. Copenhagen is one of 22 innovation cities; Lord Mayor Frank Jensen joined the "
     "steering committee of 12 mayors in spring 2014."),
    ("KBH-Beijing", "Københavns samarbejde med Beijing", "partnership", "kk",
     "Cooperation agreement from June 2012 between Copenhagen and Beijing on sustainable solutions for "
     "water, heating, energy and construction, involving Danish and Chinese companies."),
    ("CLEAN", "CLEAN – Danmarks grønne klyngeorganisation", "cluster", "clean",
     "Denmark's leading green cluster organisation with more than 170 members from the whole cleantech "
     "sector. The project CLEAN Grøn Erhvervsvækst (21 partners) trains master craftsmen as energy "
     "craftsmen and holds energy events for homeowners."),
]

# The networks' marks and colours on printed documents: plain marks drawn for the demo
# (resources/demo-marks/*.svg, rendered to PNG by make_marks.py), not the networks' own logos.
NETWORK_IDENTITY = {
    "WECP": ("WECP.png", "#1F6F8B"),
    "KL-klimanetværk": ("KL-klimanetvaerk.png", "#2E7D32"),
    "C40": ("C40.png", "#0B6E4F"),
    "KBH-Beijing": ("KBH-Beijing.png", "#B71C1C"),
    "CLEAN": ("CLEAN.png", "#0277BD"),
}

# (network, organisation key, role, since (ISO date or None), recommended by key or None)
MEMBERSHIPS = [
    ("WECP", "esbjerg", "president", "2013-01-01", "stavanger"),
    ("WECP", "houston", "board", "1995-01-01", None),
    ("WECP", "aberdeen", "board", "1995-01-01", None),
    ("WECP", "stavanger", "vice_president", "1995-01-01", None),
    ("WECP", "calgary", "board", "1995-01-01", None),
    ("KL-klimanetværk", "kl", "secretariat", None, None),
    ("KL-klimanetværk", "vejle", "member", "2020-01-01", None),
    ("KL-klimanetværk", "naestved", "member", "2020-01-01", None),
    ("KL-klimanetværk", "aarhus", "member", "2020-01-01", None),
    ("KL-klimanetværk", "fredericia", "member", "2020-01-01", None),
    ("KL-klimanetværk", "kalundborg", "member", "2020-01-01", None),
    ("KL-klimanetværk", "middelfart", "member", "2020-01-01", None),
    ("KL-klimanetværk", "aalborg", "member", "2020-01-01", None),
    ("KL-klimanetværk", "odense", "member", "2020-01-01", None),
    ("KL-klimanetværk", "esbjerg", "member", "2020-01-01", None),
    ("KL-klimanetværk", "kk", "member", "2020-01-01", None),
    ("C40", "kk", "innovation_city", "2011-01-01", None),
    ("KBH-Beijing", "kk", "partner", "2012-06-01", None),
    ("KBH-Beijing", "beijing", "partner", "2012-06-01", None),
    ("CLEAN", "billund", "partner", "2015-01-01", None),
    ("CLEAN", "kolding", "partner", "2012-01-01", None),
    ("CLEAN", "vejen", "partner", "2012-01-01", None),
]
# Every other WECP city is an ordinary member, recommended by Houston (the founder city).
MEMBERSHIPS += [
    ("WECP", key, "member", None, "houston")
    for key, *_ in WECP_CITIES
    if key not in {"houston", "aberdeen", "stavanger", "calgary"}
]

# (key, name, address, postcode, city, country, [(room, capacity)])
VENUES = [
    ("musikhuset", "Musikhuset Esbjerg", "Havnegade 18", "6700", "Esbjerg", "DK",
     [("Koncertsalen", 800), ("Foyeren", 200), ("Mødelokale 1", 40), ("Mødelokale 2", 30)]),
    ("port_esbjerg", "Port Esbjerg, offshore wind terminal", "Hulvejen 1", "6700", "Esbjerg", "DK",
     [("Besøgscenter", 60)]),
    ("kl_hus", "KL-Huset", "Weidekampsgade 10", "2300", "København S", "DK",
     [("Salen", 120), ("Mødelokale 3", 24)]),
    ("klimafolkemoedet", "Klimafolkemødet", "Havnegade 6", "5500", "Middelfart", "DK",
     [("Teltet ved havnen", 150)]),
    ("raadhus_kbh", "Københavns Rådhus", "Rådhuspladsen 1", "1599", "København V", "DK",
     [("Festsalen", 300), ("Borgerrepræsentationens mødesal", 90), ("Overborgmesterens kontor", 20)]),
    ("billund_raadhus", "Billund Rådhus", "Jorden Rundt 1", "7190", "Billund", "DK",
     [("Byrådssalen", 80)]),
]

# Named people from the sources (titles as given), plus invented staff.
# (key, name, job title, organisation key, e-mail, language, consent to appear on lists)
PEOPLE = [
    ("jfr", "Jesper Frost Rasmussen", "Borgmester", "esbjerg", "jesper.frost.rasmussen@esbjerg.example", "da", True),
    ("esb_sec", "Mette Kjær Sørensen", "Projektleder, internationalt samarbejde", "esbjerg",
     "mette.kjaer.sorensen@esbjerg.example", "da", True),
    ("wecp_ed", "Laura Mitchell", "Executive Director", "wecp_secretariat", "laura.mitchell@wecp.example", "en", True),
    ("port_ceo", "Søren Halkjær", "Direktør, offshore wind", "port_esbjerg", "soren.halkjaer@portesbjerg.example",
     "da", True),
    ("sdu_prof", "Kirsten Dalgaard", "Professor, energiteknologi", "sdu", "kirsten.dalgaard@sdu.example", "da", True),
    ("nanna", "Nanna Bay Sønderbæk", "Konsulent", "kl", "nabs@kl.example", "da", True),
    ("nkel", "Niels Kelstrup", "Chefkonsulent, netværkssekretær", "kl", "nkel@kl.example", "da", True),
    ("kl_chef1", "Hanne Juul Bertelsen", "Kontorchef, Center for Klima og Erhverv", "kl",
     "hanne.juul.bertelsen@kl.example", "da", True),
    ("kl_chef2", "Thomas Ravn Lauridsen", "Kontorchef, Center for Klima og Erhverv", "kl",
     "thomas.ravn.lauridsen@kl.example", "da", True),
    ("di_speaker", "Camilla Vestergaard", "Chefkonsulent, energi og klima", "di", "camilla.vestergaard@di.example",
     "da", True),
    ("kf_speaker", "Morten Bjerre Nielsen", "Direktør", "kalundborg_forsyning",
     "morten.bjerre.nielsen@kalundborgforsyning.example", "da", True),
    ("nordjylland", "Anders Høj Poulsen", "Erhvervschef, Nordjysk vækstteam", "aalborg",
     "anders.hoj.poulsen@aalborg.example", "da", True),
    ("frank_jensen", "Frank Jensen", "Overborgmester", "kk", "frank.jensen@kk.example", "da", True),
    ("jeppe", "Jeppe Søndergaard Pedersen", "AC Fuldmægtig", "kk", "jeppe.sondergaard.pedersen@kk.example", "da", True),
    ("frej", "Frej Witt Skovhus", "Head of Section", "kk", "frej.witt.skovhus@kk.example", "en", True),
    ("chen_gang", "陈刚 (Chen Gang)", "Vice Mayor", "beijing", "chen.gang@beijing.example", "en", True),
    ("c40_lead", "Emma Whitfield", "Network Manager, Green Growth", "c40", "emma.whitfield@c40.example", "en", True),
    ("per_nyhus", "Per Nyhus", "Formand for Teknik- og Miljøudvalget", "billund", "per.nyhus@billund.example",
     "da", True),
    ("ib_kristensen", "Ib Kristensen", "Borgmester", "billund", "ib.kristensen@billund.example", "da", True),
    ("lotte", "Lotte Lindgaard Andersen", "Projektchef", "clean", "lotte.lindgaard.andersen@clean.example", "da", True),
    ("billund_energi", "Rasmus Thygesen", "Energikonsulent", "billund", "rasmus.thygesen@billund.example", "da", True),
]

# Invented participants per meeting: (name, job title, organisation key, language, dietary)
WECP_GUESTS = [
    ("Fiona MacLeod", "Lord Provost's Office, International Relations", "aberdeen", "en", ""),
    ("Aigerim Nurlanovna", "Deputy Akim", "atyrau", "en", "Halal"),
    ("Daniel Okafor", "Councillor", "calgary", "en", ""),
    ("Joost van der Meer", "Wethouder Economie", "den_helder", "en", "Vegetar"),
    ("王丽 (Wang Li)", "Director, Foreign Affairs Office", "dongying", "en", ""),
    ("Claire Boudreau", "Deputy Mayor", "halifax", "en", ""),
    ("Marcus Reyes", "Director, Office of Trade and International Affairs", "houston", "en", ""),
    ("Jolie Thibodeaux", "Chief Administrative Officer", "lafayette", "en", "Glutenfri"),
    ("Ana Paula Ferreira", "Vice-Governor", "luanda", "en", ""),
    ("João Carlos Teixeira", "Secretário de Desenvolvimento Econômico", "macae", "en", ""),
    ("Zoë Hartley", "Lord Mayor's Chief of Staff", "perth", "en", "Vegansk"),
    ("Chinedu Amadi", "Chairman, City Council", "port_harcourt", "en", ""),
    ("Siobhan Walsh", "Deputy Mayor", "st_johns", "en", "Vegetar"),
    ("Kari Nessa Nordtun", "Ordfører", "stavanger", "en", ""),
    ("Łucja Nowak", "Head of International Cooperation", "tyumen", "en", ""),
    ("김민준 (Kim Min-jun)", "Director, Energy Industry Division", "ulsan", "en", ""),
    ("Rocío Hernández", "Presidenta Municipal", "villahermosa", "en", "Vegetar"),
    ("Bridget O'Connor", "Councillor", "cairns", "en", ""),
    ("Henrik Vind", "Chefkonsulent, erhverv", "esbjerg", "da", ""),
    ("Sofie Lund Madsen", "Studentermedhjælper", "esbjerg", "da", "Laktosefri"),
]

KL_GUESTS = [
    ("Line Damgaard", "Klimakoordinator", "vejle", ""),
    ("Jakob Bech", "Chef for Teknik og Miljø", "naestved", "Vegetar"),
    ("Signe Holm Kristiansen", "Klimachef", "aarhus", ""),
    ("Peter Juhl", "Miljøchef", "fredericia", ""),
    ("Maja Frandsen", "Klimakonsulent", "kalundborg", "Vegansk"),
    ("Ole Brandt", "Direktør, Teknik og Miljø", "middelfart", ""),
    ("Katrine Møller", "Projektleder, DK2020", "aalborg", ""),
    ("Mikkel Storm", "Klimachef", "odense", "Glutenfri"),
    ("Birgitte Lassen", "Energiplanlægger", "esbjerg", ""),
    ("Asger Winther", "Specialkonsulent", "kk", "Vegetar"),
]

CLEAN_GUESTS = [
    ("Jens Ole Kristensen", "Tømrermester", "billund_byg"),
    ("Bo Lykke", "El-installatør", "ens_craft"),
    ("Mads Eriksen", "Malermester", "vejen_maler"),
    ("Karsten Holm", "Tagdækkermester", "kolding_tag"),
    ("Ulla Gram", "VVS-installatør", "ens_craft"),
    ("Torben Iversen", "Energikonsulent", "kolding"),
    ("Hanne Brix", "Erhvervskonsulent", "vejen"),
]

# Meetings. Times are local wall times in the meeting's zone.
# key: calendar UID stem; "agenda": (day index from the start date, start, end, title, kind,
# room or None, [speaker keys], [moderator keys], description)
MEETINGS = [
    {
        "key": "wecp-ga-2022",
        "language": "en",  # held in English (issue 19); the others in Danish
        "network": "WECP",
        "title": "WECP Annual General Assembly 2022",
        "kind": "general_assembly",
        "theme": "Energiomstilling baseret på offentlige og private partnerskaber",
        "description": (
            "Esbjerg Kommune hosts the general assembly of the World Energy Cities Partnership and has "
            "invited the 18 other energy cities to Esbjerg. The programme is a showcase for Esbjerg's green "
            "solutions: offshore wind shipping, maintenance and service, business-to-business meetings "
            "between the cities and academic partnerships."
        ),
        "start": "2022-10-05T14:00", "end": "2022-10-08T13:00",
        "venue": "musikhuset", "host": "esbjerg", "capacity": 120, "status": "held",
        "organiser": "esb_sec", "photo_credit": "Esbjerg Kommune skal krediteres ved brug af billederne.",
        "online_link": "",
        "agenda": [
            (0, "14:00", "17:00", "Arrival and registration", "session", "Foyeren", [], [],
             "Badges and welcome packs at the registration desk in Musikhuset."),
            (0, "18:30", "21:30", "Welcome reception hosted by the Mayor of Esbjerg", "reception", "Foyeren",
             ["jfr"], [], "Reception with Esbjerg's business community."),
            (1, "09:00", "09:30", "Opening of the General Assembly", "talk", "Koncertsalen", ["jfr"], [],
             "Welcome by WECP President Jesper Frost Rasmussen, Mayor of Esbjerg."),
            (1, "09:30", "10:30", "Keynote: the energy transition through public-private partnerships", "talk",
             "Koncertsalen", ["wecp_ed"], [], ""),
            (1, "10:30", "11:00", "Coffee break", "break", "Foyeren", [], [], ""),
            (1, "11:00", "12:30", "General Assembly, session I: reports from the member cities", "session",
             "Koncertsalen", [], ["wecp_ed"], "Each member city reports on its energy transition."),
            (1, "12:30", "13:30", "Lunch", "meal", "Foyeren", [], [], ""),
            (1, "13:30", "15:00", "General Assembly, session II: elections, budget and next host city",
             "session", "Koncertsalen", [], ["jfr"], "Formal business of the partnership."),
            (1, "15:30", "17:00", "Panel: how Esbjerg diversified into offshore wind", "panel", "Koncertsalen",
             ["port_ceo", "sdu_prof"], ["esb_sec"],
             "Shipping, maintenance and service of offshore wind turbines as a business area."),
            (1, "19:00", "22:00", "Conference dinner", "meal", "Foyeren", [], [], ""),
            (2, "09:00", "12:00", "B2B meetings between cities and companies (room A)", "b2b", "Mødelokale 1",
             [], [], "Bilateral business meetings booked in advance."),
            (2, "09:00", "12:00", "B2B meetings between cities and companies (room B)", "b2b", "Mødelokale 2",
             [], [], "Bilateral business meetings booked in advance."),
            (2, "09:30", "11:30", "Academic partnerships: exchange programmes and research positions", "session",
             "Koncertsalen", ["sdu_prof"], [], ""),
            (2, "12:00", "13:00", "Lunch", "meal", "Foyeren", [], [], ""),
            (2, "13:30", "17:00", "Site visit: Esbjerg's offshore wind port", "excursion", None, ["port_ceo"], [],
             "Bus from Musikhuset at 13:30 to Port Esbjerg's offshore wind terminal."),
            (3, "09:00", "11:00", "Closing session and Esbjerg declaration", "session", "Koncertsalen",
             ["jfr"], ["wecp_ed"], ""),
            (3, "11:00", "13:00", "Farewell lunch", "meal", "Foyeren", [], [], ""),
        ],
    },
    {
        "key": "kl-netvaerk-2021-04-29",
        "network": "KL-klimanetværk",
        "title": "Netværksmøde: klimasamarbejde med erhvervslivet",
        "kind": "network_meeting",
        "theme": "Kommunernes partnerskaber med erhvervslivet, sektorkobling og de regionale vækstteams",
        "description": (
            "Netværket dækker kommunernes erhvervspartnerskaber i et klimapolitisk perspektiv og drøfter "
            "potentialerne ved de syv nye regionale vækstteams' omstillingsteknologier. For kommunale chefer og "
            "medarbejdere med ansvar for klimaarbejdet. Mødet holdes online."
        ),
        "start": "2021-04-29T10:00", "end": "2021-04-29T15:00",
        "venue": "kl_hus", "host": "kl", "capacity": 60, "status": "held", "organiser": "nkel",
        "photo_credit": "", "online_link": "https://teams.example/kl-klimanetvaerk-2021-04-29",
        "agenda": [
            (0, "10:00", "10:15", "Velkomst", "talk", "Salen", ["nkel"], [], ""),
            (0, "10:15", "11:00", "Oplæg fra Dansk Industri: sektorkobling og partnerskaber", "talk", "Salen",
             ["di_speaker"], ["nkel"],
             "DI har for nylig offentliggjort en rapport om potentialerne ved sektorkoblinger og partnerskaber."),
            (0, "11:00", "11:45", "Case: Kalundborg Forsyning faciliterer partnerskaber med lokale virksomheder",
             "talk", "Salen", ["kf_speaker"], ["nkel"],
             "Hvilken rolle kan et kommunalt forsyningsselskab spille?"),
            (0, "11:45", "12:30", "Frokostpause", "break", None, [], [], ""),
            (0, "12:30", "13:15", "Opdatering fra KL's Center for Klima og Erhverv", "session", "Salen",
             ["kl_chef1", "kl_chef2"], [],
             "Den klimapolitiske udvikling nationalt og udviklingen i KL."),
            (0, "13:15", "14:30",
             "De syv regionale vækstteams: omstillingsteknologier, med lup på det nordjyske vækstteam",
             "session", "Salen", ["nordjylland"], ["nkel"],
             "CO2-fangst, lagring og udnyttelse; hvordan regionale styrker udnyttes i et kommunalt perspektiv."),
            (0, "14:30", "15:00", "Drøftelse og afrunding", "session", "Salen", [], ["nkel"], ""),
        ],
    },
    {
        "key": "kl-netvaerk-2021-09-02",
        "network": "KL-klimanetværk",
        "title": "Netværksmøde ved Klimafolkemødet",
        "kind": "network_meeting",
        "theme": "Ledelse af klimainitiativer på tværs af forvaltningen",
        "description": "Netværket samles i forbindelse med Klimafolkemødet i Middelfart.",
        "start": "2021-09-02T13:00", "end": "2021-09-02T16:00",
        "venue": "klimafolkemoedet", "host": "kl", "capacity": 50, "status": "held", "organiser": "nkel",
        "photo_credit": "", "online_link": "",
        "agenda": [
            (0, "13:00", "13:15", "Velkomst", "talk", "Teltet ved havnen", ["nkel"], [], ""),
            (0, "13:15", "14:30", "Ledelse af klimainitiativer på tværs af forvaltningen", "session",
             "Teltet ved havnen", ["kl_chef1"], ["nkel"], ""),
            (0, "14:30", "14:45", "Kaffepause", "break", None, [], [], ""),
            (0, "14:45", "16:00", "Erfaringer fra kommunerne og drøftelse", "session", "Teltet ved havnen", [],
             ["nkel"], ""),
        ],
    },
    {
        "key": "c40-green-growth-2012",
        "language": "en",  # held in English (issue 19); the others in Danish
        "network": "C40",
        "title": "C40 Green Growth Network workshop",
        "kind": "workshop",
        "theme": "København som hovedstad for grøn vækst",
        "description": (
            "The first meeting of C40's Green Growth network, held in Copenhagen alongside the Global Green "
            "Growth Forum (3GF). Copenhagen went on to host the workshop every year until October 2015."
        ),
        "start": "2012-10-08T09:00", "end": "2012-10-09T16:00",
        "venue": "raadhus_kbh", "host": "kk", "capacity": 60, "status": "held", "organiser": "jeppe",
        "photo_credit": "", "online_link": "",
        "agenda": [
            (0, "09:00", "09:30", "Welcome by the Lord Mayor of Copenhagen", "talk", "Festsalen",
             ["frank_jensen"], [], ""),
            (0, "09:30", "12:00", "Green growth in cities: workshop session", "session",
             "Borgerrepræsentationens mødesal", ["c40_lead"], ["jeppe"], ""),
            (0, "12:00", "13:00", "Lunch", "meal", "Festsalen", [], [], ""),
            (0, "13:00", "16:00", "Joint session with the Global Green Growth Forum (3GF)", "session", "Festsalen",
             [], ["c40_lead"], ""),
            (1, "09:00", "12:00", "Workshop: financing green growth", "session", "Borgerrepræsentationens mødesal",
             ["c40_lead"], ["jeppe"], ""),
            (1, "12:00", "13:00", "Lunch", "meal", "Festsalen", [], [], ""),
            (1, "13:00", "16:00", "Next steps for the network", "session", "Borgerrepræsentationens mødesal", [],
             ["c40_lead"], ""),
        ],
    },
    {
        # The source says only "in September 2012": 14 September is chosen for the demo.
        "key": "kbh-beijing-2012",
        "language": "en",  # held in English (issue 19); the others in Danish
        "network": "KBH-Beijing",
        "title": "Signing of the Copenhagen–Beijing agreement on sustainable urban development",
        "kind": "signing",
        "theme": "Bæredygtig byudvikling",
        "description": (
            "Beijing's vice mayor Chen Gang visits Copenhagen and signs, with Lord Mayor Frank Jensen, a "
            "cooperation agreement on sustainable urban development involving Danish and Chinese companies."
        ),
        "start": "2012-09-14T11:00", "end": "2012-09-14T12:30",
        "venue": "raadhus_kbh", "host": "kk", "capacity": 30, "status": "held", "organiser": "frej",
        "photo_credit": "", "online_link": "",
        "agenda": [
            (0, "11:00", "11:20", "Welcome and introduction", "talk", "Overborgmesterens kontor",
             ["frank_jensen"], ["frej"], ""),
            (0, "11:20", "11:50", "Signing of the agreement", "session", "Overborgmesterens kontor",
             ["frank_jensen", "chen_gang"], [], ""),
            (0, "11:50", "12:30", "Lunch", "meal", "Festsalen", [], [], ""),
        ],
    },
    {
        "key": "clean-billund-2015-01-08",
        "network": "CLEAN",
        "title": "Infomøde for lokale håndværksmestre: efteruddannelse til energihåndværker",
        "kind": "info_meeting",
        "theme": "CLEAN Grøn Erhvervsvækst: energirenovering af boliger",
        "description": (
            "Billund Kommune inviterer sammen med Kolding og Vejen kommuner de lokale håndværksmestre til et "
            "infomøde om efteruddannelsen til energihåndværker og den videre proces."
        ),
        "start": "2015-01-08T16:00", "end": "2015-01-08T18:00",
        "venue": "billund_raadhus", "host": "billund", "capacity": 40, "status": "held",
        "organiser": "billund_energi", "photo_credit": "", "online_link": "",
        "agenda": [
            (0, "16:00", "16:15", "Velkomst", "talk", "Byrådssalen", ["ib_kristensen"], [], ""),
            (0, "16:15", "16:45", "CLEAN Grøn Erhvervsvækst: erfaringer fra partnerkommunerne", "talk",
             "Byrådssalen", ["lotte"], [], ""),
            (0, "16:45", "17:30", "Efteruddannelsen til energihåndværker og den videre proces", "session",
             "Byrådssalen", ["billund_energi"], ["per_nyhus"], ""),
            (0, "17:30", "18:00", "Spørgsmål og netværk", "session", "Byrådssalen", [], ["per_nyhus"], ""),
        ],
    },
    {
        # Invented, to show an upcoming meeting: the network "meets several times a year" (seed 003) and
        # KL's catalogue (seed 002) gives the five partnership cases that make up its programme.
        "key": "kl-netvaerk-2027-03-11",
        "network": "KL-klimanetværk",
        "title": "Netværksmøde: klimapartnerskaber fra plan til handling",
        "kind": "network_meeting",
        "theme": "Grønne klimapartnerskaber mellem kommuner og lokale virksomheder",
        "description": (
            "Fem kommuner fortæller om deres klimapartnerskaber med erhvervslivet fra KL's inspirationskatalog: "
            "hvordan initiativerne opstod, og hvilke gode råd de har til andre, der vil etablere lignende "
            "partnerskaber."
        ),
        "start": "2027-03-11T10:00", "end": "2027-03-11T15:30",
        "venue": "kl_hus", "host": "kl", "capacity": 40, "status": "planned", "organiser": "nkel",
        "photo_credit": "", "online_link": "", "guest_status": "invited",
        "agenda": [
            (0, "10:00", "10:20", "Velkomst og KL's inspirationskatalog", "talk", "Salen", ["nanna"], ["nkel"], ""),
            (0, "10:20", "11:00", "Klimapartnerskab Vejle Nord: en fælles strategisk energiplan", "talk", "Salen",
             ["g:Line Damgaard"], ["nkel"], ""),
            (0, "11:00", "11:40", "Ressource City Næstved: affald som ressource for virksomhederne", "talk",
             "Salen", ["g:Jakob Bech"], ["nkel"], ""),
            (0, "11:40", "12:30", "Frokost", "meal", None, [], [], ""),
            (0, "12:30", "13:30", "Klimaalliancen Aarhus og Det grønne akademi", "session", "Salen",
             ["g:Signe Holm Kristiansen"], ["nkel"], ""),
            (0, "13:30", "14:10", "Fredericia: klimaarbejdet tænkt ind i eksisterende partnerskaber", "talk",
             "Salen", ["g:Peter Juhl"], ["nkel"], ""),
            (0, "14:10", "14:30", "Kaffepause", "break", None, [], [], ""),
            (0, "14:30", "15:30", "Gode råd: sådan etablerer I et klimapartnerskab", "session", "Mødelokale 3",
             [], ["nanna"], ""),
        ],
    },
]

# The bilateral (B2B) meetings at the WECP general assembly (seed 000: "bilaterale forretningsmøder mellem
# byerne"). Invented: the afternoon of 6 October between session II and the panel, and after the panel
# before dinner; 15-minute meetings at six tables in Mødelokale 1, table 1 for the host city.
WECP_B2B = {
    "meeting": "wecp-ga-2022",
    "windows": [("2022-10-06T15:00", "2022-10-06T15:30"), ("2022-10-06T17:00", "2022-10-06T18:30")],
    "breaks": [("2022-10-06T17:45", "2022-10-06T18:00")],
    "slot_minutes": 15, "tables": 6, "location": "Mødelokale 1", "fixed": [(1, "Esbjerg Kommune")],
    # (requester key, target key, priority, status)
    "requests": [
        ("g:Fiona MacLeod", "jfr", "must", "accepted"),  # Aberdeen–Esbjerg: North Sea offshore wind
        ("g:Fiona MacLeod", "port_ceo", "want", "accepted"),
        ("g:Joost van der Meer", "jfr", "must", "accepted"),  # Den Helder–Esbjerg: North Sea ports
        ("g:Joost van der Meer", "port_ceo", "want", "accepted"),
        ("g:Marcus Reyes", "jfr", "must", "accepted"),  # Houston, the secretariat's city, and the president
        ("g:Marcus Reyes", "g:Rocío Hernández", "want", "accepted"),  # Houston–Villahermosa: Gulf of Mexico
        ("g:Daniel Okafor", "g:Claire Boudreau", "want", "accepted"),  # Calgary–Halifax
        ("g:Siobhan Walsh", "g:Claire Boudreau", "want", "accepted"),  # St. John's–Halifax: Atlantic Canada
        ("g:Siobhan Walsh", "g:Fiona MacLeod", "want", "pending"),
        ("g:Ana Paula Ferreira", "g:João Carlos Teixeira", "must", "accepted"),  # Luanda–Macaé: deep water
        ("g:Chinedu Amadi", "g:Ana Paula Ferreira", "want", "accepted"),  # Port Harcourt–Luanda
        ("g:Aigerim Nurlanovna", "g:Łucja Nowak", "want", "accepted"),  # Atyrau–Tyumen
        ("g:김민준 (Kim Min-jun)", "jfr", "want", "accepted"),  # Ulsan–Esbjerg: offshore wind supply chain
        ("g:김민준 (Kim Min-jun)", "sdu_prof", "want", "accepted"),
        ("g:Zoë Hartley", "g:Bridget O'Connor", "want", "accepted"),  # Perth–Cairns
        ("g:Zoë Hartley", "sdu_prof", "want", "declined"),
        ("g:Bridget O'Connor", "port_ceo", "want", "no_thanks"),
        ("wecp_ed", "g:Chinedu Amadi", "want", "accepted"),
        ("g:Rocío Hernández", "port_ceo", "want", "accepted"),
        ("g:Łucja Nowak", "jfr", "want", "pending"),
    ],
}
