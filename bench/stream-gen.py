#!/usr/bin/env python3
"""Generates a stream of N news articles for the story-clustering scale benchmark (bench/stream-scale.sh).

Usage:  python3 bench/stream-gen.py N INPUT.jsonl GOLD.jsonl [--per-day 1500] [--seed 7]

Articles are composed from a vocabulary written here: event kinds (each with title and sentence templates),
invented place, person, organisation and outlet names (built from syllables, so thousands of distinct names),
numbers and dates. A story is one event (kind, place, people, organisation, date); its articles appear over
the days after the event, from different outlets, each a different selection and order of the kind's sentences
with the story's names and drifting figures. Mixed in: exact duplicates (same text, another outlet), near copies
(a few words changed, a line added) and syndicated rewrites (most of an earlier article's sentences with a new
opening and ending). The rate is constant (--per-day articles a day), so a larger N is a longer period, as a
store that grows over time, not a denser one.

INPUT  {"id","text","title","published","outlet"} per line, in publication order (`parallax cluster --input`).
GOLD   {"id","topic","cluster"} per line (the true story and the event kind), for
       ../shared/eval/story_clustering/score.py.
"""
import argparse
import datetime as dt
import json
import random

ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "w", "z", "th", "sh"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "y"]
CODAS = ["", "n", "r", "l", "s", "th", "ck", "m", "nd", "rt", "x"]
PLACE_ENDS = ["ton", "ford", "mere", "by", "wick", "stad", "burg", "field", "port", "dale", "ham", "ville"]
FIRST_NAMES = ("Ana Ben Carla Dmitri Elena Farid Greta Hugo Ines Jonas Kira Lars Mira Nadia Omar Pavel Rosa Sami Tomas "
               "Ula Viktor Wanda Yusuf Zofia Aiko Bruno Chen Dalia Emil Fatima Goran Hana Ivo Jana Kofi Lena Marek Nora "
               "Oskar Priya Quinn Rafael Sofia Tariq Uma Vera Will Xenia Yara Zane").split()
OUTLET_KINDS = ["Herald", "Gazette", "Courier", "Times", "Post", "Chronicle", "Observer", "Tribune", "Daily", "Wire"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Each kind: title templates and sentence templates. Slots: {place} {person} {person2} {person3} {org} {n1} {n2}
# {n3} {weekday} {date} {role}.
KINDS = {
    "earthquake": (
        ["Earthquake of magnitude {m} strikes {place}", "{n1} dead after quake hits {place}", "Rescuers search rubble in {place} after earthquake"],
        ["An earthquake of magnitude {m} struck {place} on {weekday}, killing at least {n1} people.",
         "The tremor damaged {n2} buildings in the old quarter of {place}, officials said.",
         "{person}, who leads the regional emergency service, said rescuers were still searching the rubble.",
         "The epicentre lay {n3} kilometres north of {place} at a shallow depth.",
         "Aftershocks shook {place} through the night and residents slept outdoors.",
         "{org} sent tents, water and medical teams to the stricken area.",
         "Hospitals in {place} treated hundreds of injured people, {person2} told reporters.",
         "Schools in {place} will stay closed until engineers have inspected them.",
         "The quake was the strongest to hit {place} since records began, according to {org}.",
         "{person3}, a shopkeeper in {place}, said the ground shook for almost a minute."]),
    "flood": (
        ["Floods force thousands from homes in {place}", "River bursts its banks in {place}", "{place} floods: {n1} missing"],
        ["Heavy rain caused the river to burst its banks in {place} on {weekday}, flooding {n2} homes.",
         "At least {n1} people are missing after the floods in {place}, police said.",
         "{person}, the mayor of {place}, declared a state of emergency.",
         "Rescue boats evacuated families from rooftops across {place}.",
         "{org} warned that more rain was expected over the next {n3} days.",
         "Farmers near {place} lost their harvest as fields were submerged.",
         "The water level reached a record height at the {place} bridge, {person2} said.",
         "Volunteers filled sandbags to protect the centre of {place}.",
         "{person3} said her house in {place} was under a metre of water.",
         "Power was cut to {n2} households in and around {place}."]),
    "election": (
        ["{person} wins election in {place}", "{place} votes: {person} claims victory", "Opposition disputes result in {place}"],
        ["{person} won the mayoral election in {place} with {n1} per cent of the vote.",
         "Turnout in {place} reached {n3} per cent, the election commission said.",
         "Her rival {person2} conceded defeat late on {weekday}.",
         "{person} promised to cut local taxes and build {n2} new homes in {place}.",
         "{org} observers said the vote in {place} was orderly.",
         "Supporters celebrated in the main square of {place} until after midnight.",
         "{person3}, a political scientist, said the result reflected anger over rents in {place}.",
         "The new council of {place} will meet for the first time next month.",
         "{person2} said the campaign had been unfair but accepted the count.",
         "The result ends {n3} years of rule by the same party in {place}."]),
    "strike": (
        ["Workers strike at {org} plant in {place}", "{org} strike halts production in {place}", "Union calls walkout at {org}"],
        ["Workers at the {org} plant in {place} walked out on {weekday} over pay.",
         "The union led by {person} demands a raise of {n3} per cent.",
         "About {n2} employees joined the strike, the union said.",
         "{org} said production in {place} had stopped and called the strike unlawful.",
         "{person2}, a spokesperson for {org}, said the company had made a fair offer.",
         "Pickets gathered outside the gates of the {place} factory before dawn.",
         "The strike in {place} is the first at {org} in {n1} years.",
         "Talks between {person} and the management of {org} broke down on {weekday}.",
         "{person3}, who has worked at the plant for twenty years, said wages had not kept up with prices.",
         "Suppliers around {place} fear losses if the dispute drags on."]),
    "merger": (
        ["{org} agrees to buy {org2}", "{org} and {org2} announce merger", "{org} bids for rival {org2}"],
        ["{org} agreed to buy {org2} for {n1} million in cash and shares.",
         "The deal, announced on {weekday}, values {org2} at a premium of {n3} per cent.",
         "{person}, chief executive of {org}, said the merger would create a regional leader.",
         "Regulators in {place} will review the deal, which could take {n3} months.",
         "{org2} employs {n2} people, most of them in {place}.",
         "{person2}, an analyst, said the price was high but the fit was good.",
         "Shares of {org2} rose sharply after the announcement.",
         "The combined company will keep its headquarters in {place}.",
         "{person3} of the workers' council asked for guarantees on jobs.",
         "The boards of both companies approved the merger unanimously."]),
    "trial": (
        ["{person} goes on trial in {place}", "Court in {place} hears fraud case against {person}", "Verdict due in trial of {person}"],
        ["The trial of {person} on fraud charges opened in {place} on {weekday}.",
         "Prosecutors say {person} diverted {n1} million from {org}.",
         "{person} denies all charges, his lawyer {person2} told the court.",
         "The court in {place} will hear {n3} witnesses over the coming weeks.",
         "Former employees of {org} are expected to testify against {person}.",
         "Judge {person3} rejected a request to move the trial out of {place}.",
         "If convicted, {person} faces up to {n3} years in prison.",
         "Dozens of protesters gathered outside the courthouse in {place}.",
         "{org} said it was cooperating fully with the investigation.",
         "The case has gripped {place} since the arrest of {person} last year."]),
    "fire": (
        ["Fire destroys warehouse in {place}", "Blaze in {place}: {n1} injured", "Firefighters battle huge fire in {place}"],
        ["A fire destroyed a warehouse of {org} in {place} early on {weekday}.",
         "{n1} people were injured and {n2} evacuated from nearby homes.",
         "More than {n3} fire engines were sent to the blaze in {place}.",
         "Fire chief {person} said the cause of the fire was not yet known.",
         "Thick smoke could be seen across {place} and residents were told to keep windows shut.",
         "{org} said the warehouse stored furniture and paper goods.",
         "{person2}, who lives next to the site in {place}, said the explosions woke her.",
         "Investigators from {place} police were examining the site.",
         "The blaze was brought under control after {n3} hours.",
         "{person3} of the local council promised help for families who lost their homes."]),
    "crash": (
        ["Train derails near {place}", "{n1} hurt as train leaves tracks near {place}", "Rail line closed after {place} derailment"],
        ["A passenger train derailed near {place} on {weekday}, injuring {n1} people.",
         "The train was carrying about {n2} passengers when {n3} carriages left the tracks.",
         "{org}, which runs the line, said the cause was under investigation.",
         "{person}, the transport minister, visited the site near {place}.",
         "The line through {place} will stay closed for several days.",
         "Passengers described being thrown from their seats, {person2} said.",
         "Ambulances took the injured to hospitals in {place} and nearby towns.",
         "{person3}, a passenger, said the train was going fast on a bend.",
         "Investigators recovered the data recorder from the wreck near {place}.",
         "{org} promised compensation for all passengers."]),
    "protest": (
        ["Thousands protest in {place} over {issue}", "Police clash with protesters in {place}", "Protest in {place} against {issue}"],
        ["Thousands of people marched through {place} on {weekday} to protest against {issue}.",
         "Organisers said {n2} people took part; police put the number at {n1}.",
         "{person}, one of the organisers, called for the plan on {issue} to be dropped.",
         "Police in {place} detained {n3} people after scuffles near the town hall.",
         "{org} said the protest had been peaceful until the evening.",
         "{person2}, a teacher, said she had come to {place} to defend her community.",
         "Shops in central {place} closed early as the march passed.",
         "The council of {place} will debate {issue} next week.",
         "{person3} said more protests in {place} would follow.",
         "Banners across {place} demanded a vote on {issue}."]),
    "summit": (
        ["Leaders meet in {place} for summit on {issue}", "{place} summit ends with deal on {issue}", "Talks in {place} on {issue}"],
        ["Leaders of {n3} countries met in {place} on {weekday} for a summit on {issue}.",
         "{person}, who hosted the summit, said the talks were frank.",
         "The leaders agreed to set up a fund of {n1} million for {issue}.",
         "{person2} said the deal reached in {place} was a first step.",
         "{org} welcomed the agreement but said it did not go far enough.",
         "Security in {place} was tight, with {n2} police officers on duty.",
         "The next summit on {issue} will be held in {n3} months.",
         "{person3}, a diplomat, said the talks in {place} nearly collapsed on the second day.",
         "Protesters gathered outside the conference centre in {place}.",
         "The final statement from {place} commits the countries to meet their targets on {issue}."]),
}
ISSUES = [f"{a} {b}" for a in ["water", "motorway", "school", "rent", "hospital", "fishing", "border", "mining", "transport",
                                 "airport", "pension", "forest", "energy", "housing", "farming", "tax"]
          for b in ["prices", "reform", "closures", "quotas", "controls", "plans", "cuts", "rules", "subsidies", "permits"]]
FILLERS = [
    "The full statement was published on the website of {org}.",
    "Further details were expected later in the day.",
    "Local media reported the news first.",
    "{person} did not respond to a request for comment.",
    "The government has not yet commented.",
    "Officials said they would give an update on {weekday}.",
    "Reporting by {reporter}; editing by {reporter2}.",
    "This story has been updated with new figures.",
]
SYNDICATION_OPENINGS = ["According to the agency report, the following happened.", "The news agency reported on {weekday}.",
                        "Our correspondent sends this report.", "From wire reports."]


def name_maker(rng, ends=None):
    def make():
        parts = [rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(rng.choice([1, 2, 2]))]
        word = "".join(parts) + (rng.choice(ends) if ends else "")
        return word.capitalize()
    return make


def unique(make, count):
    seen, out = set(), []
    while len(out) < count:
        w = make()
        if w not in seen and len(w) > 3:
            seen.add(w)
            out.append(w)
    return out


class Vocabulary:
    def __init__(self, rng):
        self.places = unique(name_maker(rng, PLACE_ENDS), 40000)
        self.surnames = unique(name_maker(rng), 60000)
        self.orgs = [f"{w} {rng.choice(['Group', 'Industries', 'Bank', 'Rail', 'Relief', 'Energy', 'Foods', 'Institute'])}"
                     for w in unique(name_maker(rng), 20000)]
        self.outlets = [f"The {w} {rng.choice(OUTLET_KINDS)}" for w in unique(name_maker(rng), 80)]
        self.reporters = [f"{rng.choice(FIRST_NAMES)} {s}" for s in unique(name_maker(rng), 400)]

    def person(self, rng):
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(self.surnames)}"


class Story:
    def __init__(self, sid, kind, day, vocab, rng):
        self.id, self.kind, self.day = sid, kind, day
        self.slots = {
            "place": rng.choice(vocab.places), "person": vocab.person(rng), "person2": vocab.person(rng),
            "person3": vocab.person(rng), "org": rng.choice(vocab.orgs), "org2": rng.choice(vocab.orgs),
            "issue": rng.choice(ISSUES), "weekday": WEEKDAYS[day.weekday()],
            "n1": rng.randint(3, 900), "n2": rng.randint(20, 9000), "n3": rng.randint(2, 40),
            "m": f"{rng.uniform(4.5, 7.9):.1f}",
        }
        self.articles = []  # (id, text, title) of articles already written, for copies


def fill(template, slots, rng, drift):
    values = dict(slots)
    if drift:  # later reports revise the figures
        for k in ("n1", "n2"):
            values[k] = max(1, int(values[k] * rng.uniform(1.0, 1.6)))
    return template.format(**values)


def compose(story, vocab, rng):
    titles, sentences = KINDS[story.kind]
    slots = dict(story.slots, reporter=rng.choice(vocab.reporters), reporter2=rng.choice(vocab.reporters))
    drift = rng.random() < 0.5
    chosen = [sentences[0]] + rng.sample(sentences[1:], rng.randint(4, 8))
    if rng.random() < 0.3:
        chosen[1:] = rng.sample(chosen[1:], len(chosen) - 1)
    chosen += rng.sample(FILLERS, rng.randint(1, 2))
    body = " ".join(fill(s, slots, rng, drift) for s in chosen)
    return fill(rng.choice(titles), slots, rng, False), body


def near_copy(text, rng, vocab):
    words = text.split(" ")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(words))
        words[i] = rng.choice(["reportedly", "also", "now", "still", "again"]) + " " + words[i]
    return " ".join(words) + " " + fill(rng.choice(FILLERS), {"org": rng.choice(vocab.orgs), "person": vocab.person(rng),
                                                              "weekday": rng.choice(WEEKDAYS), "reporter": rng.choice(vocab.reporters),
                                                              "reporter2": rng.choice(vocab.reporters)}, rng, False)


def syndicated(text, story, rng):
    sentences = [s + "." for s in text.rstrip(".").split(". ")]
    kept = sentences[: max(2, int(len(sentences) * rng.uniform(0.6, 0.85)))]
    opening = fill(rng.choice(SYNDICATION_OPENINGS), story.slots, rng, False)
    return " ".join([opening] + kept + ["More details will follow."])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("input")
    ap.add_argument("gold")
    ap.add_argument("--per-day", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    vocab = Vocabulary(rng)
    start = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    kinds = list(KINDS)
    pending = {}  # day index -> list of (published, story, kind of article)
    written, day, story_count, next_id = 0, 0, 0, 0
    with open(args.input, "w", encoding="utf-8") as fin, open(args.gold, "w", encoding="utf-8") as fgold:
        while written < args.n:
            # New stories of the day until their planned articles reach the daily rate.
            planned = 0
            while planned < args.per_day:
                size = min(400, max(1, int(rng.paretovariate(1.6))) + rng.randint(0, 4))
                story = Story(f"g{story_count}", rng.choice(kinds), (start + dt.timedelta(days=day)).date(), vocab, rng)
                story_count += 1
                for _ in range(size):
                    offset = rng.expovariate(1 / 30.0) if rng.random() < 0.9 else rng.uniform(0, 24 * 10)
                    published = start + dt.timedelta(days=day, hours=rng.uniform(6, 22) + offset)
                    pending.setdefault((published - start).days, []).append((published, story))
                planned += size
            for published, story in sorted(pending.pop(day, []), key=lambda p: p[0]):
                if written >= args.n:
                    break
                outlet = rng.choice(vocab.outlets)
                roll = rng.random()
                if story.articles and roll < 0.05:
                    title, text = rng.choice(story.articles)
                elif story.articles and roll < 0.10:
                    title, text = rng.choice(story.articles)
                    text = near_copy(text, rng, vocab)
                elif story.articles and roll < 0.18:
                    title, text = rng.choice(story.articles)
                    text = syndicated(text, story, rng)
                else:
                    title, text = compose(story, vocab, rng)
                    if len(story.articles) < 8:
                        story.articles.append((title, text))
                aid = f"a{next_id:08d}"
                next_id += 1
                fin.write(json.dumps({"id": aid, "text": text, "title": title,
                                      "published": published.isoformat(timespec="minutes"), "outlet": outlet}) + "\n")
                fgold.write(json.dumps({"id": aid, "topic": story.kind, "cluster": story.id}) + "\n")
                written += 1
            day += 1


if __name__ == "__main__":
    main()
