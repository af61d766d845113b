#pragma once

#include "model/AdvocacySituation.h"
#include "model/BestInterestsDecision.h"
#include "model/CapacityAssessment.h"
#include "model/ImcaSituation.h"
#include "model/RiskEnablementNote.h"
#include "model/WishesSituation.h"

#include <QByteArray>
#include <QString>

namespace alongside::test {

// Made-up legal-literacy records with the fields a practitioner fills in, for the repository
// tests. The assessment records the functional test at 10:40 and the causal link at 10:55
// (JB [2021] UKSC 52 order), with the person's own words as evidence.
core::CapacityAssessment moveAssessment();
core::BestInterestsDecision moveBestInterests();
core::AdvocacySituation daughterImplicated(); // s.42 enquiry; the daughter is implicated
core::ImcaSituation careHomeMove();           // nobody to consult; council accommodation
core::WishesSituation othersAtRisk();
core::RiskEnablementNote busToTown(); // decided 2026-02-20, review 2026-05-20

// A file from tests/fixtures/checks.
QByteArray checkFixture(const QString& name);

} // namespace alongside::test
