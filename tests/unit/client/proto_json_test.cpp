#include "proto_json.h"

#include <gtest/gtest.h>

#include "audientia/v1/auth.pb.h"
#include "audientia/v1/hearings.pb.h"
#include "audientia/v1/recordings.pb.h"

namespace audientia::cli {
namespace {

v1::Recording sampleRecording() {
  v1::Recording recording;
  recording.set_id("r1");
  recording.set_hearing_id("h1");
  recording.set_file_name("hearing.mp4");
  recording.set_size_bytes(5'000'000'000);  // beyond 32 bits
  recording.set_sha256(std::string(64, 'a'));
  recording.set_state(v1::RECORDING_STATE_AVAILABLE);
  auto* info = recording.mutable_media_info();
  info->set_container("mov,mp4,m4a,3gp,3g2,mj2");
  info->set_duration_ms(20'000);
  auto* video = info->add_streams();
  video->set_type(v1::STREAM_TYPE_VIDEO);
  video->set_codec("h264");
  video->set_width(1280);
  video->set_height(720);
  video->set_frame_rate(29.97);
  return recording;
}

TEST(ProtoJson, FieldNamesNumbersAndEnums) {
  const auto json = protoToJson(sampleRecording());
  EXPECT_EQ(json["id"], "r1");
  ASSERT_TRUE(json["size_bytes"].is_number_integer()) << json.dump();
  EXPECT_EQ(json["size_bytes"].get<std::int64_t>(), 5'000'000'000);
  EXPECT_EQ(json["state"], "RECORDING_STATE_AVAILABLE");
  EXPECT_EQ(json["media_info"]["duration_ms"].get<std::int64_t>(), 20'000);
  ASSERT_EQ(json["media_info"]["streams"].size(), 1u);
  EXPECT_EQ(json["media_info"]["streams"][0]["codec"], "h264");
  EXPECT_EQ(json["media_info"]["streams"][0]["type"], "STREAM_TYPE_VIDEO");
  EXPECT_DOUBLE_EQ(json["media_info"]["streams"][0]["frame_rate"].get<double>(), 29.97);
  // Defaults are present, so that scripts always find the keys.
  EXPECT_EQ(json["media_error"], "");
  EXPECT_EQ(json["created_at_unix_ms"], 0);
}

TEST(ProtoJson, UnsetMessagesAreLeftOut) {
  v1::Recording notMedia;
  notMedia.set_media_error("Invalid data found when processing input");
  const auto json = protoToJson(notMedia);
  EXPECT_FALSE(json.contains("media_info")) << json.dump();
  EXPECT_EQ(json["media_error"], "Invalid data found when processing input");
}

TEST(ProtoJson, WhoAmIHasTheShapeScriptsUse) {
  v1::WhoAmIResponse response;
  response.mutable_user()->set_username("admin");
  response.mutable_user()->set_role(v1::ROLE_ADMIN);
  response.set_office_name("National");
  response.set_session_expires_at_unix_ms(1'800'000'000'000);
  const auto json = protoToJson(response);
  EXPECT_EQ(json["user"]["username"], "admin");
  EXPECT_EQ(json["user"]["role"], "ROLE_ADMIN");
  EXPECT_EQ(json["user"]["disabled"], false);
  EXPECT_EQ(json["session_expires_at_unix_ms"].get<std::int64_t>(), 1'800'000'000'000);
}

TEST(ProtoJson, HearingWithRecordingsAndParticipants) {
  v1::GetHearingResponse response;
  auto* hearing = response.mutable_hearing();
  hearing->set_id("h1");
  hearing->set_case_number("1234/P/2026");
  hearing->set_kind(v1::HEARING_KIND_WITNESS);
  auto* participant = hearing->add_participants();
  participant->set_role("witness");
  participant->set_name("Ion Popescu");
  *response.add_recordings() = sampleRecording();
  const auto json = protoToJson(response);
  EXPECT_EQ(json["hearing"]["kind"], "HEARING_KIND_WITNESS");
  EXPECT_EQ(json["hearing"]["participants"][0]["name"], "Ion Popescu");
  ASSERT_EQ(json["recordings"].size(), 1u);
  EXPECT_EQ(json["recordings"][0]["sha256"], std::string(64, 'a'));

  const auto empty = protoToJson(v1::ListHearingsResponse());
  ASSERT_TRUE(empty["hearings"].is_array());
  EXPECT_TRUE(empty["hearings"].empty());
}

TEST(ProtoJson, OneofShowsOnlyTheSetMemberAndBytesAreBase64) {
  v1::UploadRecordingRequest request;
  request.mutable_chunk()->set_offset(3);
  request.mutable_chunk()->set_data(std::string("\x00\xffhi!", 5));
  const auto json = protoToJson(request);
  EXPECT_FALSE(json.contains("header"));
  EXPECT_EQ(json["chunk"]["offset"], 3);
  EXPECT_EQ(json["chunk"]["data"], "AP9oaSE=");
}

TEST(ProtoJson, UnknownEnumNumbersStayNumbers) {
  v1::Hearing hearing;
  hearing.set_kind(static_cast<v1::HearingKind>(42));
  EXPECT_EQ(protoToJson(hearing)["kind"], 42);
}

}  // namespace
}  // namespace audientia::cli
