// libcurl easy-interface client.
#include "support/http_client.hpp"

#include <curl/curl.h>

#include <algorithm>

namespace apbridge::testing {
namespace {

size_t OnBody(char* data, size_t size, size_t n, void* user) {
  static_cast<std::string*>(user)->append(data, size * n);
  return size * n;
}

size_t OnHeader(char* data, size_t size, size_t n, void* user) {
  std::string line(data, size * n);
  auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n')) value.pop_back();
    (*static_cast<std::map<std::string, std::string>*>(user))[name] = value;
  }
  return size * n;
}

// Runs `curl`, set up but for headers and callbacks, and cleans it up.
HttpResult Perform(CURL* curl, const std::string& method, const std::string& url,
                   const std::vector<std::string>& headers) {
  HttpResult result;
  curl_slist* list = nullptr;
  for (const auto& h : headers) list = curl_slist_append(list, h.c_str());
  // curl adds "Expect: 100-continue" for large bodies; real clients differ, keep it plain.
  list = curl_slist_append(list, "Expect:");
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  if (method == "HEAD") curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &result.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &result.headers);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
  CURLcode rc = curl_easy_perform(curl);
  if (rc != CURLE_OK) result.error = curl_easy_strerror(rc);
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &result.status);
  curl_slist_free_all(list);
  curl_easy_cleanup(curl);
  return result;
}

}  // namespace

namespace {

CURL* WithBody(const std::string& body) {
  CURL* curl = curl_easy_init();
  if (!body.empty()) {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  }
  return curl;
}

}  // namespace

HttpResult Send(const std::string& method, const std::string& url, const std::vector<std::string>& headers,
                const std::string& body) {
  return Perform(WithBody(body), method, url, headers);
}

HttpResult SendTrusting(const std::string& ca_file, const std::string& method, const std::string& url,
                        const std::vector<std::string>& headers, const std::string& body) {
  CURL* curl = WithBody(body);
  curl_easy_setopt(curl, CURLOPT_CAINFO, ca_file.c_str());
  return Perform(curl, method, url, headers);
}

HttpResult SendForm(const std::string& method, const std::string& url,
                    const std::vector<std::string>& headers, const std::vector<FormField>& fields) {
  CURL* curl = curl_easy_init();
  curl_mime* mime = curl_mime_init(curl);
  for (const FormField& field : fields) {
    curl_mimepart* part = curl_mime_addpart(mime);
    curl_mime_name(part, field.name.c_str());
    curl_mime_data(part, field.bytes.data(), field.bytes.size());
    if (!field.file_name.empty()) curl_mime_filename(part, field.file_name.c_str());
    if (!field.content_type.empty()) curl_mime_type(part, field.content_type.c_str());
  }
  curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);
  HttpResult result = Perform(curl, method, url, headers);
  curl_mime_free(mime);
  return result;
}

}  // namespace apbridge::testing
