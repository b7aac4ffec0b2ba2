#pragma once

// Voices keep their pitch when the player plays slower or faster (0.5x-2x). Qt 6.4's GStreamer
// backend plays audio through `queue ! audioconvert ! audioresample ! volume ! sink`, making the
// volume element by its factory name, and has no hook for GStreamer's `scaletempo` (Qt 6.10's
// QMediaPlayer::pitchCompensation is the supported way, once the platform has it). So, in this
// process only, the "volume" factory is replaced by a bin `audioconvert ! scaletempo !
// audioconvert ! volume` (the original volume inside, its "volume" and "mute" properties passed
// through): scaletempo stretches the audio to the playing rate instead of letting the sink
// resample it. ADR 0011.

namespace audientia::gui {

// Installs the replacement once (later calls return the first answer). False when GStreamer
// lacks "volume" or "scaletempo" (then audio plays as before, its pitch following the speed).
bool installPitchKeeping();
// How many pitch-keeping volume elements were made so far (for tests).
int pitchKeepingElementsMade();

}  // namespace audientia::gui
