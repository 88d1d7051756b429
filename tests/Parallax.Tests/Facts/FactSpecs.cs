namespace Parallax.Tests.Facts;

/// <summary>
/// Spec cases for the recognizers, kept as data in the manner of Recognizers-Text's specs: an input text,
/// the anchor (publication date, or null), and the mentions expected in it by text and value. Texts are
/// written for these tests.
/// </summary>
internal static class FactSpecs
{
    public const string Time = """
    [
      {"text": "The talks ended on March 10.", "anchor": "2025-03-11", "expect": [{"text": "March 10", "type": "Date", "value": "2025-03-10"}]},
      {"text": "The treaty was signed on 10 March 2025.", "anchor": "2025-06-01", "expect": [{"text": "10 March 2025", "type": "Date", "value": "2025-03-10"}]},
      {"text": "The flood began July 28, 2021, officials said.", "anchor": "2024-01-01", "expect": [{"text": "July 28, 2021", "type": "Date", "value": "2021-07-28"}]},
      {"text": "The file is dated 2021-07-28 in the index.", "anchor": null, "expect": [{"text": "2021-07-28", "type": "Date", "value": "2021-07-28"}]},
      {"text": "The company was founded in 2001 by two engineers.", "anchor": "2021-07-28", "expect": [{"text": "2001", "type": "Date", "value": "2001"}]},
      {"text": "The festival runs from August 5 to 10 in the old town.", "anchor": "2021-07-28", "expect": [{"text": "August 5", "type": "Date", "value": "2021-08-05"}, {"text": "10", "type": "Date", "value": "2021-08-10"}]},
      {"text": "The mayor resigned on Monday.", "anchor": "2021-07-28", "expect": [{"text": "Monday", "type": "Date", "value": "2021-07-26"}]},
      {"text": "The council will vote on Monday.", "anchor": "2021-07-28", "expect": [{"text": "Monday", "type": "Date", "value": "2021-08-02"}]},
      {"text": "The premier spoke on Wednesday.", "anchor": "2021-07-28", "expect": [{"text": "Wednesday", "type": "Date", "value": "2021-07-28"}]},
      {"text": "Last Monday the strike began.", "anchor": "2021-07-28", "expect": [{"text": "Last Monday", "type": "Date", "value": "2021-07-26"}]},
      {"text": "The ferry sank on Monday evening.", "anchor": "2021-07-28", "expect": [{"text": "Monday evening", "type": "Time", "value": "2021-07-26TEV"}]},
      {"text": "The bridge reopened yesterday.", "anchor": "2025-03-11", "expect": [{"text": "yesterday", "type": "Date", "value": "2025-03-10"}]},
      {"text": "Prices rose today.", "anchor": "2021-07-28", "expect": [{"text": "today", "type": "Date", "value": "2021-07-28"}]},
      {"text": "Protests spread last week.", "anchor": "2021-07-28", "expect": [{"text": "last week", "type": "Date", "value": "2021-W29"}]},
      {"text": "Drills will be held next week.", "anchor": "2021-07-28", "expect": [{"text": "next week", "type": "Date", "value": "2021-W31"}]},
      {"text": "The court rules next month.", "anchor": "2021-07-28", "expect": [{"text": "next month", "type": "Date", "value": "2021-08"}]},
      {"text": "The plant closed two days ago.", "anchor": "2021-07-28", "expect": [{"text": "two days ago", "type": "Date", "value": "2021-07-26"}]},
      {"text": "Sales are up this year.", "anchor": "2021-07-28", "expect": [{"text": "this year", "type": "Date", "value": "2021"}]},
      {"text": "The mission ends by the end of August.", "anchor": "2021-07-28", "expect": [{"text": "the end of August", "type": "Date", "value": "2021-08", "mod": "END"}]},
      {"text": "The war lasted 20 years.", "anchor": "2021-07-28", "expect": [{"text": "20 years", "type": "Duration", "value": "P20Y"}]},
      {"text": "The storm lasted three days.", "anchor": null, "expect": [{"text": "three days", "type": "Duration", "value": "P3D"}]},
      {"text": "The race is held every year.", "anchor": "2021-07-28", "expect": [{"text": "every year", "type": "Set", "value": "P1Y"}]},
      {"text": "The market opens every Monday.", "anchor": null, "expect": [{"text": "every Monday", "type": "Set", "value": "XXXX-WXX-1"}]},
      {"text": "The meeting started at 10 a.m. on Friday.", "anchor": "2021-07-28", "expect": [{"text": "10 a.m.", "type": "Time", "value": "2021-07-23T10:00"}, {"text": "Friday", "type": "Date", "value": "2021-07-23"}]},
      {"text": "Music of the 1990s returned.", "anchor": null, "expect": [{"text": "1990s", "type": "Date", "value": "199"}]},
      {"text": "The bridge reopened yesterday.", "anchor": null, "expect": [{"text": "yesterday", "type": "Date", "value": "REF-P1D"}]},
      {"text": "The mayor resigned on Monday.", "anchor": null, "expect": [{"text": "Monday", "type": "Date", "value": "XXXX-WXX-1"}]},
      {"text": "The blast came at 10:30 p.m. on Tuesday.", "anchor": "2021-07-28", "expect": [{"text": "10:30 p.m.", "type": "Time", "value": "2021-07-27T22:30"}, {"text": "Tuesday", "type": "Date", "value": "2021-07-27"}]},
      {"text": "Shops closed this morning.", "anchor": "2021-07-28", "expect": [{"text": "this morning", "type": "Time", "value": "2021-07-28TMO"}]},
      {"text": "Shots were heard last night.", "anchor": "2021-07-28", "expect": [{"text": "last night", "type": "Time", "value": "2021-07-27TNI"}]},
      {"text": "Inspectors visit every two weeks.", "anchor": null, "expect": [{"text": "every two weeks", "type": "Set", "value": "P2W"}]},
      {"text": "The paper is printed daily.", "anchor": null, "expect": [{"text": "daily", "type": "Set", "value": "P1D"}]},
      {"text": "The firm collapsed in early 2001.", "anchor": "2021-07-28", "expect": [{"text": "early 2001", "type": "Date", "value": "2001", "mod": "START"}]},
      {"text": "Elections are due in November.", "anchor": "2021-07-28", "expect": [{"text": "November", "type": "Date", "value": "2021-11"}]},
      {"text": "The 1968 dam still holds.", "anchor": "2021-07-28", "expect": [{"text": "1968", "type": "Date", "value": "1968"}]},
      {"text": "The festival opened on 5th of August.", "anchor": "2021-07-28", "expect": [{"text": "5th of August", "type": "Date", "value": "2021-08-05"}]},
      {"text": "The storm hit on Dec. 30.", "anchor": "2022-01-02", "expect": [{"text": "Dec. 30", "type": "Date", "value": "2021-12-30"}]},
      {"text": "The vote was held three weeks ago.", "anchor": "2021-07-28", "expect": [{"text": "three weeks ago", "type": "Date", "value": "2021-W27"}]},
      {"text": "Profit fell in the third quarter.", "anchor": "1989-11-02", "expect": [{"text": "the third quarter", "type": "Date", "value": "1989-Q3"}]},
      {"text": "Third-quarter profit fell.", "anchor": "1989-11-02", "expect": [{"text": "Third-quarter", "type": "Date", "value": "1989-Q3"}]},
      {"text": "Sales rose sharply in the quarter.", "anchor": "1989-11-02", "expect": [{"text": "the quarter", "type": "Date", "value": "1989-Q3"}]},
      {"text": "Prices may rise in the future.", "anchor": "2021-07-28", "expect": [{"text": "the future", "type": "Date", "value": "FUTURE_REF"}]},
      {"text": "The future of the mill is unclear.", "anchor": "2021-07-28", "expect": []},
      {"text": "Its current owner keeps bees.", "anchor": "2021-07-28", "expect": [{"text": "current", "type": "Date", "value": "PRESENT_REF"}]},
      {"text": "Net income fell from the year-ago quarter.", "anchor": "1989-11-02", "expect": [{"text": "the year-ago quarter", "type": "Date", "value": "1988-Q3"}]},
      {"text": "Sales exceeded the year-earlier third quarter.", "anchor": "1989-11-02", "expect": [{"text": "the year-earlier third quarter", "type": "Date", "value": "1988-Q3"}]},
      {"text": "Revenue rose in the latest period.", "anchor": "1989-11-02", "expect": [{"text": "the latest period", "type": "Date", "value": "1989-Q3"}]},
      {"text": "The plant closed last fall and reopens this summer.", "anchor": "1999-04-10", "expect": [{"text": "last fall", "type": "Date", "value": "1998-FA"}, {"text": "this summer", "type": "Date", "value": "1999-SU"}]},
      {"text": "The envoy could arrive as soon as Tuesday.", "anchor": "2000-04-03", "expect": [{"text": "Tuesday", "type": "Date", "value": "2000-04-04"}]},
      {"text": "Quarterly sales rose to $5 million from $4 million a year earlier.", "anchor": "1989-11-02", "expect": [{"text": "a year earlier", "type": "Date", "value": "1988-Q3"}]},
      {"text": "The plant was sold on Oct. 23.", "anchor": "1999-05-07", "expect": [{"text": "Oct. 23", "type": "Date", "value": "1998-10-23"}]},
      {"text": "The plant will be sold on Oct. 23.", "anchor": "1999-05-07", "expect": [{"text": "Oct. 23", "type": "Date", "value": "1999-10-23"}]},
      {"text": "The talks resumed Thursday.", "anchor": "1999-05-07", "expect": [{"text": "Thursday", "type": "Date", "value": "1999-05-06"}]},
      {"text": "The minister said she would travel Thursday.", "anchor": "1999-05-07", "expect": [{"text": "Thursday", "type": "Date", "value": "1999-05-06"}]},
      {"text": "The law took effect in May.", "anchor": "2021-07-28", "expect": [{"text": "May", "type": "Date", "value": "2021-05"}]},
      {"text": "He gave the Sun an interview.", "anchor": "2021-07-28", "expect": []},
      {"text": "Officials may close the road.", "anchor": "2021-07-28", "expect": []},
      {"text": "The Boeing 737 landed safely with 120 passengers.", "anchor": "2021-07-28", "expect": []}
    ]
    """;

    public const string Quantities = """
    [
      {"text": "Some 230,000 members took part.", "expect": [{"text": "Some 230,000", "value": 230000, "unit": null, "counted": "members", "approximation": "About"}]},
      {"text": "The fund holds 1.5 million dollars.", "expect": [{"text": "1.5 million dollars", "value": 1500000, "unit": "USD", "counted": null, "approximation": "Exact"}]},
      {"text": "The rebels control 90% of the land.", "expect": [{"text": "90%", "value": 90, "unit": "percent", "counted": null, "approximation": "Exact"}]},
      {"text": "The rebels control 90 percent of the land.", "expect": [{"text": "90 percent", "value": 90, "unit": "percent", "counted": null, "approximation": "Exact"}]},
      {"text": "Twelve ships sank in the storm.", "expect": [{"text": "Twelve", "value": 12, "unit": null, "counted": "ships", "approximation": "Exact"}]},
      {"text": "The army lost twenty-five tanks.", "expect": [{"text": "twenty-five", "value": 25, "unit": null, "counted": "tanks", "approximation": "Exact"}]},
      {"text": "Then several hundred soldiers fled.", "expect": [{"text": "several hundred", "value": 300, "unit": null, "counted": "soldiers", "approximation": "Vague"}]},
      {"text": "Then tens of thousands of people marched.", "expect": [{"text": "tens of thousands", "value": 20000, "unit": null, "counted": "people", "approximation": "Vague"}]},
      {"text": "The storm forced about 12,000 residents out.", "expect": [{"text": "about 12,000", "value": 12000, "unit": null, "counted": "residents", "approximation": "About"}]},
      {"text": "It shut more than 40 schools.", "expect": [{"text": "more than 40", "value": 40, "unit": null, "counted": "schools", "approximation": "MoreThan"}]},
      {"text": "It killed at least 3 people.", "expect": [{"text": "at least 3", "value": 3, "unit": null, "counted": "people", "approximation": "AtLeast"}]},
      {"text": "It may send up to 500 troops.", "expect": [{"text": "up to 500", "value": 500, "unit": null, "counted": "troops", "approximation": "AtMost"}]},
      {"text": "It has fewer than 20 pupils.", "expect": [{"text": "fewer than 20", "value": 20, "unit": null, "counted": "pupils", "approximation": "LessThan"}]},
      {"text": "The fire destroyed nearly 100 homes.", "expect": [{"text": "nearly 100", "value": 100, "unit": null, "counted": "homes", "approximation": "About"}]},
      {"text": "The camp lies 20 kilometers from the border.", "expect": [{"text": "20 kilometers", "value": 20, "unit": "km", "counted": null, "approximation": "Exact"}]},
      {"text": "The camp lies 20 km from the border.", "expect": [{"text": "20 km", "value": 20, "unit": "km", "counted": null, "approximation": "Exact"}]},
      {"text": "Readers gave $3 each.", "expect": [{"text": "$3", "value": 3, "unit": "USD", "counted": null, "approximation": "Exact"}]},
      {"text": "The regulator fined it 2 million euros.", "expect": [{"text": "2 million euros", "value": 2000000, "unit": "EUR", "counted": null, "approximation": "Exact"}]},
      {"text": "The river rose by 4 metres.", "expect": [{"text": "4 metres", "value": 4, "unit": "m", "counted": null, "approximation": "Exact"}]},
      {"text": "Police counted 2000 protesters.", "expect": [{"text": "2000", "value": 2000, "unit": null, "counted": "protesters", "approximation": "Exact"}]},
      {"text": "Aid worth 3.2 billion dollars and a dozen trucks arrived.", "expect": [{"text": "3.2 billion dollars", "value": 3200000000, "unit": "USD", "counted": null, "approximation": "Exact"}, {"text": "a dozen", "value": 12, "unit": null, "counted": "trucks", "approximation": "Exact"}]},
      {"text": "Over 300 people and one hundred and twenty cars were trapped.", "expect": [{"text": "Over 300", "value": 300, "unit": null, "counted": "people", "approximation": "MoreThan"}, {"text": "one hundred and twenty", "value": 120, "unit": null, "counted": "cars", "approximation": "Exact"}]},
      {"text": "Hundreds of families fled.", "expect": [{"text": "Hundreds", "value": 200, "unit": null, "counted": "families", "approximation": "Vague"}]},
      {"text": "The town was founded in 2001 and flooded on March 10 at 10 a.m.", "expect": []},
      {"text": "The 201st brigade flew a Boeing 737 for 20 years.", "expect": []}
    ]
    """;
}
