using Parallax.Facts;

namespace Parallax.Tests.Facts;

/// <summary>Events: trigger, PLOVER category, agent and patient from the clause, place and resolved time.</summary>
public sealed class EventTests
{
    private static (AnalyzedArticle Result, EventMention Event) Only(string text, string trigger, string? published = null)
    {
        var result = FactsTestKit.Analyze(text, published);
        return (result, Assert.Single(result.Events, e => e.Text == trigger));
    }

    [Fact]
    public void An_active_clause_gives_agent_patient_place_and_time()
    {
        // Given "X seized Y in PLACE on DAY", published on Wednesday 2 March 2022
        var (result, e) = Only("Russian troops seized the airport in Ukraine on Tuesday.", "seized the airport", "2022-03-02");

        // Then the event is a FIGHT (territory taken) with its agent, patient, place and time
        Assert.Equal("FIGHT", e.Category);
        Assert.Equal("Russian troops", e.Agent!.Text);
        Assert.Null(e.Patient);
        Assert.Equal(["Ukraine"], e.Place!.Entities);
        Assert.Equal("2022-03-01", e.Time!.Value);
        Assert.Equal("Tuesday", result.Slice(e.Time.Span));
    }

    [Fact]
    public void A_passive_clause_takes_its_agent_from_by()
    {
        // Given a passive with "by"
        var (_, e) = Only("Dozens of protesters were arrested by police in France.", "arrested");

        // Then the roles are swapped: the police arrested the protesters
        Assert.Equal("COERCE", e.Category);
        Assert.Equal("police", e.Agent!.Text);
        Assert.Equal("Dozens of protesters", e.Patient!.Text);
        Assert.Equal(["France"], e.Place!.Entities);
    }

    [Fact]
    public void A_patient_after_a_preposition_is_found_for_meet()
    {
        var (_, e) = Only("President Anna Kovacs met with Chancellor Olaf Berger in Germany on Monday.", "met");

        Assert.Equal("CONSULT", e.Category);
        Assert.Equal(["Anna Kovacs"], e.Agent!.Entities);
        Assert.Equal(["Olaf Berger"], e.Patient!.Entities);
        Assert.Equal(["Germany"], e.Place!.Entities);
    }

    [Fact]
    public void A_noun_event_takes_a_possessive_agent_and_an_of_patient()
    {
        var (_, e) = Only("Russia's invasion of Ukraine began in 2022.", "invasion");

        Assert.Equal("FIGHT", e.Category);
        Assert.Equal(["Russia"], e.Agent!.Entities);
        Assert.Equal(["Ukraine"], e.Patient!.Entities);
        Assert.Equal("2022", e.Time!.Value);
    }

    [Fact]
    public void Held_exercises_with_words_between_are_one_planned_mobilize_event_of_a_coordinated_agent()
    {
        var (_, e) = Only("Russia, Belarus and Kazakhstan will hold joint military exercises near the border.", "hold joint military exercises");

        Assert.Equal("MOBILIZE", e.Category);
        Assert.Equal("hold exercises", e.Lemma);
        Assert.Equal(["Russia", "Belarus", "Kazakhstan"], e.Agent!.Entities);
        Assert.Equal("planned", e.Mode);
    }

    [Fact]
    public void Supplies_go_to_the_patient_after_to()
    {
        var (_, e) = Only("The United States supplied weapons to Ukraine.", "supplied");

        Assert.Equal("AID", e.Category);
        Assert.Equal(["United States"], e.Agent!.Entities);
        Assert.Equal(["Ukraine"], e.Patient!.Entities);
        Assert.False(e.Negated);
    }

    [Fact]
    public void A_negated_withdrawal_is_marked_negated()
    {
        var (_, e) = Only("Germany did not withdraw its troops from Mali.", "withdraw");

        Assert.Equal("RETREAT", e.Category);
        Assert.True(e.Negated);
        Assert.Equal(["Germany"], e.Agent!.Entities);
    }

    [Fact]
    public void A_claim_has_no_PLOVER_category_and_passes_its_subject_to_the_claimed_event()
    {
        // Given "X claim to have captured Y"
        var result = FactsTestKit.Analyze("The rebels claim to have captured the city.");

        // Then "claim" is an event without a category, and the capture is the rebels'
        var claim = Assert.Single(result.Events, e => e.Text == "claim");
        Assert.Null(claim.Category);
        var captured = Assert.Single(result.Events, e => e.Text == "captured");
        Assert.Equal("FIGHT", captured.Category);
        Assert.Equal("The rebels", captured.Agent!.Text);
        Assert.Equal("the city", captured.Patient!.Text);
    }

    [Theory]
    [InlineData("Iran denied the accusation.", "denied", "REJECT")]
    [InlineData("The opposition called for new elections.", "called for", "DEMAND")]
    [InlineData("Thousands of workers protested against the reform.", "protested", "PROTEST")]
    [InlineData("The European Union imposed new sanctions on Belarus.", "imposed new sanctions", "SANCTION")]
    [InlineData("The prime minister condemned the attack.", "condemned", "DISAPPROVE")]
    [InlineData("Both sides agreed to a ceasefire.", "agreed", "AGREE")]
    public void Each_trigger_gets_its_PLOVER_category(string text, string trigger, string category)
    {
        var (_, e) = Only(text, trigger);

        Assert.Equal(category, e.Category);
    }

    [Fact]
    public void An_offer_to_act_takes_the_patient_of_the_act()
    {
        // Given "X offered to hand over Y to Z"
        var (_, e) = Only("Libya has offered to hand over the two suspects to Germany.", "offered");

        // Then the offer is an AGREE with Libya as agent and Germany as patient, taken from the handing over
        Assert.Equal("AGREE", e.Category);
        Assert.Equal(["Libya"], e.Agent!.Entities);
        Assert.Equal(["Germany"], e.Patient!.Entities);
    }

    [Fact]
    public void A_demand_that_someone_act_takes_the_clauses_subject_as_patient()
    {
        var (_, e) = Only("The opposition demanded that Germany end the curbs on trade.", "demanded");

        Assert.Equal("DEMAND", e.Category);
        Assert.Equal("Germany", e.Patient!.Text);
    }

    [Fact]
    public void A_stated_intent_to_give_aid_is_an_agreement()
    {
        var (_, e) = Only("Japan will provide emergency aid to Nepal.", "provide");

        Assert.Equal("AGREE", e.Category);
        Assert.Equal("planned", e.Mode);
        Assert.Equal(["Nepal"], e.Patient!.Entities);
    }

    [Fact]
    public void A_pronoun_agent_is_linked_to_the_person_named_before_it()
    {
        var result = FactsTestKit.Analyze("Chancellor Olaf Berger arrived in Rome on Monday. He met with President Anna Kovacs.");

        var met = Assert.Single(result.Events, e => e.Text == "met");
        Assert.Equal("He", met.Agent!.Text);
        Assert.Equal(["Olaf Berger"], met.Agent.Entities);
        Assert.Equal(["Anna Kovacs"], met.Patient!.Entities);
    }

    [Fact]
    public void Every_event_argument_points_at_its_own_text()
    {
        var result = FactsTestKit.Analyze("The United States and its NATO allies invaded Afghanistan in 2001. Russia's invasion of Ukraine began in 2022.");

        Assert.NotEmpty(result.Events);
        Assert.All(result.Events, e =>
        {
            Assert.Equal(e.Text, result.Slice(e.Trigger));
            Assert.All(new[] { e.Agent, e.Patient, e.Place }.OfType<EventArgument>(), a => Assert.Equal(a.Text, result.Slice(a.Span)));
            Assert.InRange(e.Sentence, 0, result.Sentences.Count - 1);
        });
    }
}
