#pragma once

#include "storage/schema/Migrations.h"

#include <vector>

namespace alongside::core {

// Every schema step Alongside has shipped, in order. Written once, never edited after it
// ships: a change to the schema is a new step at the end.
std::vector<Migration> schemaSteps();

// One file per step from step 4 on.
Migration schemaStep4LegalLiteracy();                // SchemaStep4LegalLiteracy.cpp
Migration schemaStep5Letters();                      // SchemaStep5Letters.cpp
Migration schemaStep6Supervision();                  // SchemaStep6Supervision.cpp
Migration schemaStep7SafeguardingAdultsCollection(); // SchemaStep7SafeguardingAdultsCollection.cpp
Migration schemaStep8TeamKeys();                     // SchemaStep8TeamKeys.cpp
Migration schemaStep9LetterWording();                // SchemaStep9LetterWording.cpp
Migration schemaStep10LegalAuthority();              // SchemaStep10LegalAuthority.cpp
Migration schemaStep11DraftsAndIdentity();           // SchemaStep11DraftsAndIdentity.cpp
Migration schemaStep12Corrections();                 // SchemaStep12Corrections.cpp
Migration schemaStep13ReturnLabels();                // SchemaStep13ReturnLabels.cpp
Migration schemaStep14CaseloadRows();                // SchemaStep14CaseloadRows.cpp
Migration schemaStep15RecordUids();                  // SchemaStep15RecordUids.cpp
Migration schemaStep16AggregateInputs();             // SchemaStep16AggregateInputs.cpp
Migration schemaStep17CaseHolders();                 // SchemaStep17CaseHolders.cpp

} // namespace alongside::core
