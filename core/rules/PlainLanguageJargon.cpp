#include "rules/PlainLanguageCheck.h"

#include "rules/PlainLanguageText.h"

namespace alongside::core {

// The maintained jargon list: words practitioners use that an easy-read reader may not know,
// with everyday words to use instead. Sources: docs/letters.md (the terms named
// there: "safeguarding enquiry", "s.42", "MCA", "best interests", "IMCA", "capacity"); Mencap,
// "Am I making myself clear?" (avoid jargon and initials; explain a hard word the reader needs);
// Think Local Act Personal, "Care and support jargon buster" (plain definitions of care terms:
// appointee, Court of Protection, deputy, package of care, placement, provider, respite).
// Longer terms first: the checker reports the longest match at a place, once.
// `explain`: the person may meet the word again (an advocate will introduce themselves as
// one), so keep it and explain it in the next sentence rather than replace it.
const std::vector<JargonTerm>& plainLanguageJargon()
{
    static const std::vector<JargonTerm> terms = [] {
        return std::vector<JargonTerm>{
            {QStringLiteral("safeguarding enquiry"),
             PlainLanguageText::tr("finding out what happened and keeping you safe")},
            {QStringLiteral("section 42 enquiry"),
             PlainLanguageText::tr("finding out what happened and keeping you safe")},
            {QStringLiteral("s.42 enquiry"),
             PlainLanguageText::tr("finding out what happened and keeping you safe")},
            {QStringLiteral("section 42"),
             PlainLanguageText::tr("finding out what happened and keeping you safe")},
            {QStringLiteral("s.42"), PlainLanguageText::tr("finding out what happened and keeping you safe")},
            {QStringLiteral("s42"), PlainLanguageText::tr("finding out what happened and keeping you safe")},
            {QStringLiteral("independent mental capacity advocate"),
             PlainLanguageText::tr("an advocate: someone who helps you have your say about a big decision")},
            {QStringLiteral("independent advocate"),
             PlainLanguageText::tr("someone who helps you say what you want"), true},
            {QStringLiteral("mental capacity act"),
             PlainLanguageText::tr("the law about making your own decisions")},
            {QStringLiteral("capacity assessment"),
             PlainLanguageText::tr("checking if you can make this decision yourself")},
            {QStringLiteral("mental capacity"),
             PlainLanguageText::tr("whether you can make this decision yourself")},
            {QStringLiteral("lacks capacity"),
             PlainLanguageText::tr("cannot make this decision yourself right now")},
            {QStringLiteral("capacity"),
             PlainLanguageText::tr("whether you can make this decision yourself")},
            {QStringLiteral("best interests"),
             PlainLanguageText::tr("what is best for you, when you cannot decide yourself")},
            {QStringLiteral("deprivation of liberty"),
             PlainLanguageText::tr("rules for when you are not free to leave")},
            {QStringLiteral("lasting power of attorney"),
             PlainLanguageText::tr("someone you chose to make decisions for you")},
            {QStringLiteral("making safeguarding personal"),
             PlainLanguageText::tr("asking you what you want to happen")},
            {QStringLiteral("safeguarding plan"), PlainLanguageText::tr("a plan to keep you safe")},
            {QStringLiteral("protection plan"), PlainLanguageText::tr("a plan to keep you safe")},
            {QStringLiteral("strategy meeting"),
             PlainLanguageText::tr("a meeting to plan how to keep you safe")},
            {QStringLiteral("strategy discussion"),
             PlainLanguageText::tr("a meeting to plan how to keep you safe")},
            {QStringLiteral("multi-agency"), PlainLanguageText::tr("people from different services")},
            {QStringLiteral("safeguarding"), PlainLanguageText::tr("keeping you safe")},
            {QStringLiteral("desired outcomes"), PlainLanguageText::tr("what you want to happen")},
            {QStringLiteral("outcomes"), PlainLanguageText::tr("what you want to happen")},
            {QStringLiteral("risk assessment"), PlainLanguageText::tr("looking at what could hurt you")},
            {QStringLiteral("care package"), PlainLanguageText::tr("the help you get at home")},
            {QStringLiteral("package of care"), PlainLanguageText::tr("the help you get at home")},
            {QStringLiteral("court of protection"),
             PlainLanguageText::tr(
                 "a court that makes decisions for people who cannot decide for themselves")},
            {QStringLiteral("deputyship"),
             PlainLanguageText::tr("someone the court chose to make decisions for you")},
            {QStringLiteral("appointeeship"),
             PlainLanguageText::tr("someone who looks after your benefits for you")},
            {QStringLiteral("appointee"),
             PlainLanguageText::tr("someone who looks after your benefits for you")},
            {QStringLiteral("placement"), PlainLanguageText::tr("the place where you live or go for care")},
            {QStringLiteral("no further action"),
             PlainLanguageText::tr("we will not do any more about this")},
            {QStringLiteral("NFA"), PlainLanguageText::tr("we will not do any more about this")},
            {QStringLiteral("respite"),
             PlainLanguageText::tr("a short stay away from home, to give you and your carer a rest")},
            {QStringLiteral("liaise"), PlainLanguageText::tr("talk with")},
            {QStringLiteral("liaised"), PlainLanguageText::tr("talked with")},
            {QStringLiteral("signposted"), PlainLanguageText::tr("told you about")},
            {QStringLiteral("self-neglect"), PlainLanguageText::tr("not being able to look after yourself")},
            {QStringLiteral("domiciliary care"), PlainLanguageText::tr("care at home")},
            {QStringLiteral("commissioners"), PlainLanguageText::tr("the people who pay for the service")},
            {QStringLiteral("service provider"), PlainLanguageText::tr("the company that gives you care")},
            {QStringLiteral("care provider"), PlainLanguageText::tr("the company that gives you care")},
            {QStringLiteral("providers"), PlainLanguageText::tr("the companies that give care")},
            {QStringLiteral("provider"), PlainLanguageText::tr("the company that gives you care")},
            {QStringLiteral("commissioned"), PlainLanguageText::tr("paid for")},
            {QStringLiteral("commissioner"), PlainLanguageText::tr("the people who pay for the service")},
            {QStringLiteral("perpetrator"), PlainLanguageText::tr("the person who may have hurt you")},
            {QStringLiteral("alleged"), PlainLanguageText::tr("someone said")},
            {QStringLiteral("referral"), PlainLanguageText::tr("asking another service to help")},
            {QStringLiteral("statutory"), PlainLanguageText::tr("what the law says we must do")},
            {QStringLiteral("facilitate"), PlainLanguageText::tr("help")},
            {QStringLiteral("regarding"), PlainLanguageText::tr("about")},
            {QStringLiteral("in accordance with"), PlainLanguageText::tr("following")},
            {QStringLiteral("vulnerable"), PlainLanguageText::tr("needing help to stay safe")},
            {QStringLiteral("advocate"),
             PlainLanguageText::tr("someone who helps you say what you want and makes sure you are heard"),
             true},
            {QStringLiteral("IMCA"),
             PlainLanguageText::tr("an advocate: someone who helps you have your say about a big decision")},
            {QStringLiteral("MCA"), PlainLanguageText::tr("the law about making your own decisions")},
            {QStringLiteral("DoLS"), PlainLanguageText::tr("rules for when you are not free to leave")},
            {QStringLiteral("LPA"), PlainLanguageText::tr("someone you chose to make decisions for you")},
            {QStringLiteral("MSP"), PlainLanguageText::tr("asking you what you want to happen")},
            {QStringLiteral("CQC"), PlainLanguageText::tr("the people who check care services")},
            {QStringLiteral("GP"), PlainLanguageText::tr("your doctor")},
        };
    }();
    return terms;
}

} // namespace alongside::core
