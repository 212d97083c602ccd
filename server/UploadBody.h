#pragma once

#include "HttpTypes.h"
#include "core/AttachmentRef.h"

#include <variant>

namespace tyndau {

// The file of an upload (the raw bytes as the body, its name in ?name=), checked: capped in
// size, its type read from the content (the declared one is not trusted), the name reduced
// to a plain file name. Either the file's reference or the response that refuses it.
// `photosOnly` refuses a PDF.
std::variant<AttachmentRef, HttpResponse> readUploadBody(const HttpRequest& request, bool photosOnly);

} // namespace tyndau
