/// The fixture pages under `Fixtures/html`, each written for this project in
/// a shape real sites use, with the article text and chrome it contains.
extension HTMLFixture {
    static let all: [HTMLFixture] = [
        HTMLFixture(
            file: "jsonld-news.html",
            article: [
                "The harbour authority voted on Monday night to build a £40m tidal flood barrier",
                "Board members approved the scheme by seven votes to two",
                "“We have been told to wait for one more report every winter,” said Moira Dunlop",
                "Two years of roadworks",
                "Construction is due to start in the spring and take about two years.",
                "Traders on Harbour Street said they supported the barrier",
                "repaid from mooring fees over 25 years.",
            ],
            chrome: [
                "We use cookies", "Accept all", "Sport", "Motorway closed", "Home › News", "Share on Facebook",
                "Photograph: Harbour Authority", "Advertisement", "Read more:", "New flood maps", "Morning Briefing",
                "Sign up to our free newsletter", "Flooding", "Related stories", "Council sets aside £2m", "Most read",
                "Town centre bakery", "Become a member", "All rights reserved", "Terms and conditions",
                "By Priya Raman", "14 May 2024",
            ],
            title: "Harbour authority approves £40m flood barrier after decade of delays",
            byline: "Priya Raman, Callum Fraser",
            published: "2024-05-14T07:15:00+01:00",
            publisher: "The Northern Ledger",
            url: "https://www.northernledger.example/news/2024/05/harbour-flood-barrier-approved",
            language: "en-GB"
        ),
        HTMLFixture(
            file: "wordpress-blog.html",
            article: [
                "Three winters ago we were still double-digging every bed on plot 17",
                "No-dig gardening is simple to describe",
                "What we actually did",
                "Covered the weedy beds with flattened cardboard in late September.",
                "Left the beds alone until March, apart from pulling the odd bindweed shoot.",
                "Soil is not a surface to be flattened every year",
                "Next year we will sow carrots in the older beds only.",
            ],
            chrome: [
                "Skip to content", "Notes from plot 17", "Recipes", "Posted on", "October 9, 2023", "Share this:",
                "Twitter", "Making comfrey tea", "Posted in", "Tagged", "Previous post", "thoughts on",
                "We tried this on heavy clay", "blackbirds", "plastic tape", "Leave a Reply", "Recent Posts",
                "Archives", "Proudly powered by WordPress",
            ],
            title: "Why our allotment switched to no-dig beds",
            byline: "Hattie Brennan",
            published: "2023-10-08T17:32:11Z",
            publisher: "The Mud Diaries",
            url: "https://muddiaries.example/2023/10/no-dig-beds/",
            language: "en-US"
        ),
        HTMLFixture(
            file: "amp-article.html",
            article: [
                "Sleeper services will run along the coast line again from March",
                "The operator has leased eight refurbished couchette cars",
                "Tickets start at 49 euros for a seat in a six-berth compartment.",
                "so that the longer trains can stop there.",
            ],
            chrome: [
                "Front page", "Timetables", "Advertisement", "More from Rail Weekly", "Freight volumes",
                "Privacy policy", "View full site", "Dagny Holm ·",
            ],
            title: "Night trains return to the coast line",
            byline: "Dagny Holm",
            published: "2025-01-21T05:30:00Z",
            publisher: "Rail Weekly",
            url: "https://railweekly.example/2025/01/night-trains-return.html",
            language: "en"
        ),
        HTMLFixture(
            file: "split-by-ads.html",
            article: [
                "The city council voted 9-4 on Tuesday to keep the Eastgate and Millbrook branch libraries open",
                "More than 200 people packed the council chamber for the vote",
                "Council member Andre Whitfield, who represents Millbrook",
                "The mayor's budget director warned",
                "Library advocates said they would push next for restoring the Saturday hours",
            ],
            chrome: [
                "Subscribe for $1", "Sign in", "Obituaries", "ADVERTISEMENT", "READ MORE", "Mayor unveils budget",
                "Libraries cut Sunday hours", "Story continues below advertisement", "Get local news in your inbox",
                "Trending now", "High school band", "Ethics policy", "Feb. 27, 2024",
            ],
            title: "City council rejects plan to close two branch libraries",
            byline: "Lena Marchetti",
            published: "2024-02-27T18:45:00Z",
            publisher: "Metro Daily",
            url: "https://metrodaily.example/local/library-closures-rejected",
            language: "en-US"
        ),
        HTMLFixture(
            file: "visible-byline.html",
            article: [
                "More than 400 residents attended Thursday's planning hearing",
                "The operator wants to extend the pit by 38 hectares to the north",
                "Parents were not persuaded.",
                "The board adjourned without a decision and will reconvene on April 4.",
            ],
            chrome: [
                "Classifieds", "Related links", "Quarry traffic study released", "Reproduction without permission",
                "By Maria Okafor", "Published: 12 March 2024",
            ],
            title: "Quarry expansion hearing draws record crowd",
            byline: "Maria Okafor and Tom Lindqvist",
            published: "2024-03-12T14:05:00",
            publisher: "The Valley Courier"
        ),
        HTMLFixture(
            file: "windows-1252-claims-utf8.html",
            article: [
                "Les étals du marché couvert ont retrouvé leurs clients samedi matin : après deux ans de chantier et 4,2 M€ de travaux",
                "« On a eu peur de ne jamais revenir », confie Hélène",
                "Coût de l’opération pour la ville : 1,5 million d’euros",
            ],
            chrome: ["cookies", "J’accepte", "Accueil", "À lire aussi", "Le pont de l’estuaire", "Mentions légales"],
            title: "Le marché couvert rouvre après deux ans de travaux",
            byline: "Élodie Carré",
            published: "2023-06-03T08:00:00+02:00",
            publisher: "Le Courrier de l’Estuaire",
            language: "fr"
        ),
        HTMLFixture(
            file: "tables-lists.html",
            article: [
                "Asking rents for studio and one-bedroom flats rose by more than twice the rate",
                "Region | 2023 | 2024 | Change\nNorth | £640 | £702 | 9.7%\nMidlands | £715 | £771 | 7.8%\nSouth | £1,080 | £1,146 | 6.1%",
                "The authors point to three reasons for the gap:",
                "More single-person households competing for a fixed stock of small flats.",
                "Students staying on in university cities after graduating.",
                "repeated every six months rather than once a year.",
            ],
            chrome: ["Analysis", "Tags:", "surveys", "Subscribe to Housing Monitor", "Accessibility"],
            title: "Rents rose fastest in the smallest flats, new survey shows",
            byline: "Ines Vogt",
            published: "2024-09-30",
            publisher: "Housing Monitor",
            url: "https://housingmonitor.example/analysis/rents-small-flats",
            language: "en"
        ),
        HTMLFixture(
            file: "liveblog.html",
            article: [
                "9:42am", "Evacuation centre opens at the showgrounds",
                "The council has opened an evacuation centre at the Kestrel Creek showgrounds.",
                "8:15am", "Water-bombing aircraft have been grounded for an hour",
                "7:30am", "Wind gusts of up to 70 kilometres an hour",
                "6:10am", "Good morning. We will bring you the latest on the fire",
            ],
            chrome: [
                "Podcasts", "Share this update", "Advertisement", "Load earlier updates", "Recommended for you",
                "air purifiers", "Traditional Custodians",
            ],
            title: "Bushfire emergency in the Blue Ridge district: latest updates",
            byline: "Southern Cross Wire newsroom",
            published: "2025-02-08T06:10:00+11:00",
            publisher: "Southern Cross Wire",
            url: "https://scwire.example/live/blue-ridge-fire",
            language: "en-AU"
        ),
        HTMLFixture(
            file: "comments-outweigh-article.html",
            article: [
                "The district council has again put off a decision on resurfacing Ferry Road",
                "The 6.4-kilometre road carries about 5,000 vehicles a day",
                "Staff estimate full resurfacing at $7.8 million",
                "A decision is now expected at the council's March meeting.",
            ],
            chrome: [
                "Community", "Comments (24)", "I have been saying this for years", "maintenance budget was cut",
                "Reply #", "likes", "Join the discussion", "Community news since 1921",
            ],
            title: "Council delays decision on Ferry Road resurfacing",
            byline: "Rawiri Tane",
            published: "2024-11-19T16:20:00+13:00",
            publisher: "Coastline Gazette",
            language: "en-NZ"
        ),
        HTMLFixture(
            file: "div-soup-br.html",
            article: [
                "The 31st annual Lakeshore ice fishing derby raised $18,450 for the volunteer fire department on Saturday",
                "A total of 612 anglers registered, up from 480 last year",
                "The heaviest fish of the day, a 4.1 kilogram northern pike",
                "\"Every dollar of this stays right here on the lake,\" he said.",
            ],
            chrome: ["Events Calendar", "Lake Conditions", "Contact the Editor", "Back to Local News", "Northwoods Web Design"],
            title: "Ice fishing derby raises record sum for fire hall",
            published: "2019-02-18",
            publisher: "Lakeshore Township News"
        ),
        HTMLFixture(
            file: "graph-jsonld.html",
            article: [
                "When the last private grain company announced it would close the elevator at Sutter Junction",
                "Members pay a one-time share of $5,000",
                "\"We were not trying to make money on the elevator,\" said board chair Lorne Bukowski.",
                "The co-op now employs five people year-round",
            ],
            chrome: ["Agriculture", "Markets", "More from Rural life", "one-room schoolhouse", "Canola prices", "reader-owned"],
            title: "Inside the co-op that bought its own grain elevator & rewrote the rules",
            byline: "Wanda Kowalchuk",
            published: "2024-08-01T14:30:00-06:00",
            publisher: "Prairie Ledger Media Co-operative",
            url: "https://prairieledger.example/2024/08/co-op-grain-elevator/",
            language: "en-CA"
        ),
        HTMLFixture(
            file: "paywall-teaser.html",
            article: [
                "When the county handed its jail health care to a private contractor in 2019",
                "The overruns came from a clause few commissioners appear to have read",
            ],
            chrome: [
                "only shown to subscribers", "Continue reading with a subscription", "99 cents", "See subscription options",
                "Already a subscriber", "By Deshawn Miller",
            ],
            title: "The hidden cost of the county's jail contract",
            byline: "Deshawn Miller",
            published: "2024-04-09T05:00:00-04:00",
            publisher: "The Record-Examiner",
            url: "https://recordexaminer.example/investigations/jail-contract",
            language: "en-US"
        ),
        HTMLFixture(
            file: "german-article.html",
            article: [
                "Nach drei Jahren Bauzeit ist die neue Rad- und Fußgängerbrücke über die Aller am Samstag offiziell eröffnet worden.",
                "Die 140 Meter lange Stahlkonstruktion verbindet die Altstadt mit dem Neubaugebiet am Nordufer.",
                "Die Kosten lagen mit 6,8 Millionen Euro rund 1,2 Millionen Euro über der ursprünglichen Planung.",
            ],
            chrome: [
                "Startseite", "Von Jürgen Aßmann", "Veröffentlicht am", "Auf Facebook teilen", "Das könnte Sie auch interessieren",
                "Parkgebühren", "Impressum",
            ],
            title: "Neue Radbrücke über die Aller nach drei Jahren Bauzeit eröffnet",
            byline: "Jürgen Aßmann",
            published: "2025-03-14T10:30:00",
            publisher: "Weserland Kurier",
            language: "de-DE"
        ),
        HTMLFixture(
            file: "jsonld-body-only.html",
            article: [
                "Dockworkers voted on Saturday to accept a new four-year contract",
                "The agreement raises wages by 14 per cent",
                "The port authority expects the backlog to clear within two weeks.",
            ],
            chrome: ["Loading", "bundle"],
            title: "Port strike ends after 11 days",
            byline: "Olu Adeyemi",
            published: "2024-10-12T21:05:00Z",
            publisher: "Tidewater Times",
            language: "en"
        ),
        HTMLFixture(
            file: "hashed-classes-app.html",
            article: [
                "Ranchers across the western plains are selling cattle months ahead of schedule",
                "At the sale barn in Red Butte, Tuesday's auction drew 4,800 head",
                "\"You don't sell your cows unless you have to,\" said Margaret Ostrowski",
                "Economists at the state university estimate that the regional herd has shrunk",
                "waived weight limits for trucks carrying hay from neighbouring states.",
            ],
            chrome: [
                "Agriculture", "Energy", "Advertisement", "Recommended", "Wheat harvest comes in early",
                "Growers in the south of the state", "The decision splits residents", "Landowners say the turbines",
                "Careers", "Terms of Service", "© 2024 Plains Report Media", "July 18, 2024",
            ],
            title: "Drought forces farmers to sell cattle early",
            byline: "Corey Baptiste",
            published: "2024-07-18T13:20:00-05:00",
            publisher: "Plains Report",
            url: "https://plainsreport.example/2024/07/18/drought-cattle-sales",
            language: "en-US"
        ),
        HTMLFixture(
            file: "text-blocks-cards.html",
            article: [
                "Dozens of swifts have returned to nest in the north tower of the cathedral",
                "Conservation volunteers persuaded the cathedral's architects to build 48 nest boxes",
                "The first swift was seen entering a box on 4 May",
                "\"It's the best news we've had all year,\" said Annika Berg",
                "so that visitors can watch the chicks.",
            ],
            chrome: [
                "Sport", "Fen Adair", "The birds arrived within days", "Why swift numbers have halved",
                "Related topics", "Conservation\n", "The baker who wakes at 3am", "For forty years, one family",
                "The wheel still turns", "persistent heron", "external sites",
            ],
            title: "Swift colony returns to cathedral tower after restoration",
            byline: "Fen Adair",
            published: "2024-06-02T05:01:44Z",
            publisher: "Midshire News",
            url: "https://midshire.example/news/swifts-return",
            language: "en-GB"
        ),
        HTMLFixture(
            file: "unmarked-comments-jsonld.html",
            article: [
                "The regional water board has approved a 9 per cent increase in household charges from April",
                "Board members said the money was needed to replace cast-iron mains",
                "Pensioners on pension credit will be exempt from the rise for the first twelve months.",
            ],
            chrome: ["Money", "15 responses", "user0", "Nine per cent is outrageous", "I work in construction", "Mill Lane"],
            title: "Water charges to rise by 9 per cent",
            byline: "Hana Sato",
            published: "2025-01-30T11:00:00Z",
            publisher: "Valley Post",
            language: "en-GB"
        ),
        HTMLFixture(
            file: "page-builder.html",
            article: [
                "The new community clinic on Harbour Road opened its doors on Monday",
                "The clinic has four consulting rooms, a small pharmacy and a children's corner",
                "Opening hours",
                "Monday to Friday from 8am to 6pm, Saturday from 9am to 1pm.",
                "Parking is free for the first two hours, and the number 7 bus stops outside.",
            ],
            chrome: ["Services", "Book an appointment", "Book now", "Share on Facebook", "Recent posts", "Flu jabs", "registered charity"],
            title: "Our new clinic opens on Harbour Road",
            published: "2024-09-02T08:00:00+01:00",
            publisher: "Lakeside Health",
            url: "https://lakesidehealth.example/news/new-clinic/",
            language: "en-IE"
        ),
    ]
}
