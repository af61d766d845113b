#pragma once

#include "model/EasyReadLetter.h"

namespace alongside::core {

// The letter as it may go by post to where someone named in it, or the person who may have
// caused harm, lives or may read it: it leaves out everything about what happened (what they
// wanted, what we did, what happened, how safe they feel) and asks them to get in touch, so the
// full letter can be given to them in person. Who we are and how to reach us stay.
EasyReadLetter letterFitToPost(const EasyReadLetter& letter);

} // namespace alongside::core
