"""Small hand-written lists that tell a place or an organisation from a person's name:
countries, US states, major cities and the words organisations' names end in."""

from __future__ import annotations

COUNTRIES = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
    Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia
    Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia
    Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea
    Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece
    Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq
    Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan
    Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar
    Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco
    Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal Netherlands
    Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru
    Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles
    Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
    Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine
    Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Crimea Gaza Tibet
    Europe Asia Africa America Antarctica Britain England Scotland Wales""".split()
) | {
    "United States",
    "U.S.",
    "US",
    "USA",
    "U.S.A.",
    "United Kingdom",
    "UK",
    "U.K.",
    "South Africa",
    "North Korea",
    "South Korea",
    "Saudi Arabia",
    "New Zealand",
    "Sri Lanka",
    "Costa Rica",
    "El Salvador",
    "Ivory Coast",
    "Sierra Leone",
    "South Sudan",
    "Czech Republic",
    "Dominican Republic",
    "United Arab Emirates",
    "Papua New Guinea",
    "North Macedonia",
    "Puerto Rico",
    "Hong Kong",
    "West Bank",
    "Middle East",
    "Latin America",
    "North America",
    "South America",
    "Northern Ireland",
    "Soviet Union",
    "Eastern Europe",
    "Western Europe",
}
US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
    Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming""".split()
) | {
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
}
CITIES = frozenset(
    """London Paris Berlin Moscow Kyiv Kiev Beijing Tokyo Seoul Delhi Mumbai Karachi Lahore
    Istanbul Ankara Tehran Baghdad Damascus Beirut Jerusalem Cairo Riyadh Dubai Doha Kabul
    Islamabad Dhaka Bangkok Jakarta Manila Hanoi Singapore Sydney Melbourne Toronto Montreal
    Vancouver Ottawa Chicago Boston Houston Dallas Atlanta Miami Seattle Denver Phoenix Detroit
    Philadelphia Baltimore Brussels Geneva Vienna Rome Madrid Lisbon Amsterdam Stockholm Oslo
    Copenhagen Helsinki Warsaw Prague Budapest Bucharest Athens Minsk Donetsk Luhansk Kharkiv
    Odesa Odessa Sevastopol Lagos Nairobi Johannesburg Caracas Havana Lima Bogota Santiago
    Shanghai Taipei Pyongyang Munich Frankfurt Milan Naples Barcelona Dublin Edinburgh
    Manchester Glasgow Strasbourg Hamburg""".split()
) | {
    "Washington, D.C.",
    "New Delhi",
    "Los Angeles",
    "San Francisco",
    "New York City",
    "Las Vegas",
    "New Orleans",
    "Buenos Aires",
    "Mexico City",
    "Rio de Janeiro",
    "Sao Paulo",
    "Tel Aviv",
    "Hong Kong",
    "Abu Dhabi",
    "St. Petersburg",
    "Cape Town",
}
PLACES = COUNTRIES | US_STATES | CITIES
# The last word of an organisation's name ("State Department", "National Security Council").
ORG_ENDINGS = frozenset(
    """Department Ministry Council Agency Administration Party Committee Commission Office
    Organization Organisation Association Union Alliance Bank Fund Court Senate Congress
    Parliament Assembly Government House Kremlin Pentagon University College Institute School
    Foundation Center Centre Inc Inc. Corp Corp. Corporation Company Co. Ltd Ltd. LLC Group
    Times Post News Journal Tribune Herald Network Press Reuters Service Services Bureau Board
    Force Forces Army Navy Guard Police Authority Federation Coalition Campaign Church Club
    Hospital Airlines Motors Industries Holdings Media Magazine Television Radio Bloomberg
    Politico CNN NBC CBS ABC BBC AFP Gazette Telegraph Guardian Economist Club League Front
    Movement Museum Institution Orchestra""".split()
)
# The last word of a place's name ("Buckingham Palace", "Carina Nebula", "Strait of ..."
# aside), and the first ("Lake Charles", "Cape Canaveral"). Words that are also common
# surnames (Lake, Park, Bay, Castle, Street: "Ricki Lake", "Michael Bay") are left out.
PLACE_ENDINGS = frozenset(
    """Palace Cathedral Abbey Stadium Arena Airport Square Avenue Boulevard Bridge Island
    Islands River Mountains Valley County Province Region Sea Ocean Strait Peninsula Canal
    Desert Nebula Galaxy Harbour Harbor Gulf""".split()
)
PLACE_OPENINGS = frozenset("Lake Mount Mt. Cape Fort Gulf Isle".split())
# Organisations often named by one word.
ORGS = frozenset(
    """NATO Kremlin Pentagon Congress Senate Parliament Reuters Politico CNN NBC CBS ABC BBC AFP
    Google Apple Amazon Facebook Twitter Microsoft Gazprom OSCE FBI CIA NSA EU UN WHO IMF OPEC
    Hamas Hezbollah Taliban Fox Breitbart""".split()
)
