/**
 * The Korean text of every reason the shipped presets (`defaultPolicy`, `strictPolicy`,
 * `mobileVoicePolicy` and their JSON twins) give, keyed by the English reason. Written for this
 * library, not taken from GME's pages. A test checks that every preset reason has an entry here
 * and that no entry is left over, so a reworded English reason must be translated again.
 */
export const PRESET_REASONS_KO: ReadonlyMap<string, string> = new Map([
  [
    'The same operation is already running: wait for it and use its outcome.',
    '같은 작업이 이미 진행 중입니다. 끝나기를 기다렸다가 그 결과를 씁니다.',
  ],
  [
    'An operation of this kind is running: wait for it to finish, then call again.',
    '같은 종류의 작업이 진행 중입니다. 끝나기를 기다린 뒤 다시 호출합니다.',
  ],
  [
    'Already in the requested state: the goal of the call is met.',
    '이미 요청한 상태입니다. 호출의 목적이 이루어졌습니다.',
  ],
  [
    'Invalid argument: the unchanged call will fail again.',
    '인수가 잘못되었습니다. 그대로 다시 호출하면 또 실패합니다.',
  ],
  [
    'No result in time, mostly a network issue: call again with backoff, within the deadline.',
    '제시간에 결과가 오지 않았습니다(대개 네트워크 문제). 기한 안에서 백오프를 두고 다시 호출합니다.',
  ],
  [
    'Not supported by this SDK: calling again gives the same result.',
    '이 SDK가 지원하지 않는 기능입니다. 다시 호출해도 결과는 같습니다.',
  ],
  [
    'Called from the wrong thread: calling again from the same place fails the same way.',
    '잘못된 스레드에서 호출했습니다. 같은 곳에서 다시 호출하면 똑같이 실패합니다.',
  ],
  [
    'A device is held by something else: the game must release it; waiting blindly rarely helps.',
    '다른 곳에서 장치를 점유하고 있습니다. 게임이 장치를 놓아 주어야 하며, 무작정 기다려서는 거의 해결되지 않습니다.',
  ],
  [
    'The SDK context is not started: the client runs init again with its last arguments, then calls once more.',
    'SDK 컨텍스트가 시작되지 않았습니다. 클라이언트가 마지막 인수로 init을 다시 실행한 뒤 한 번 더 호출합니다.',
  ],
  [
    'A setup or logic problem on this device: the same call would fail again.',
    '이 기기의 설정이나 호출 논리에 문제가 있습니다. 같은 호출은 다시 실패합니다.',
  ],
  [
    'Not in a room: enter one before using room features.',
    '방에 들어가 있지 않습니다. 방 기능을 쓰기 전에 먼저 입장하세요.',
  ],
  [
    'Still in a room: exit it and wait for the exit event first.',
    '아직 방 안에 있습니다. 먼저 퇴장하고 퇴장 이벤트를 기다리세요.',
  ],
  [
    'The audio device is missing or not ready: a retry cannot create it.',
    '오디오 장치가 없거나 준비되지 않았습니다. 재시도한다고 장치가 생기지는 않습니다.',
  ],
  [
    'Legacy endpoint query before the member started sending: a call-order problem.',
    '멤버가 전송을 시작하기 전에 구형 엔드포인트를 조회했습니다. 호출 순서 문제입니다.',
  ],
  [
    'Legacy video query for a member without video: a call-order problem.',
    '영상이 없는 멤버의 영상을 구형 API로 조회했습니다. 호출 순서 문제입니다.',
  ],
  [
    'Legacy IM id mapping failed: check the IM login and logs; not fixed by retrying here.',
    '구형 IM ID 변환에 실패했습니다. IM 로그인과 로그를 확인하세요. 여기서 재시도해도 해결되지 않습니다.',
  ],
  [
    'Legacy open id mapping failed: make sure the IM login succeeded first.',
    '구형 오픈 ID 변환에 실패했습니다. 먼저 IM 로그인이 성공했는지 확인하세요.',
  ],
  [
    'The invitation feature was only a demo and is not available: nothing to retry.',
    '초대 기능은 데모였을 뿐 제공되지 않습니다. 재시도할 것이 없습니다.',
  ],
  [
    'The switch failed but the user is still in the old room: stay there, switch again later.',
    '방 전환은 실패했지만 사용자는 이전 방에 남아 있습니다. 그대로 머물다가 나중에 다시 전환하세요.',
  ],
  [
    'The switch failed and the old room was left: only switchRoom re-enters automatically.',
    '방 전환에 실패했고 이전 방에서도 나왔습니다. 자동 재입장은 switchRoom에서만 합니다.',
  ],
  [
    'Accompaniment file, format, memory or state problem: calling again gives the same answer.',
    '반주 파일, 형식, 메모리 또는 상태 문제입니다. 다시 호출해도 같은 답이 옵니다.',
  ],
  [
    'Sound-effect file, format, memory or state problem: calling again gives the same answer.',
    '효과음 파일, 형식, 메모리 또는 상태 문제입니다. 다시 호출해도 같은 답이 옵니다.',
  ],
  [
    'Empty recording parameter: pass a valid file path.',
    '녹음 매개변수가 비어 있습니다. 올바른 파일 경로를 넘기세요.',
  ],
  [
    'The recorder could not start (microphone busy or no permission): the player must act.',
    '녹음기를 시작하지 못했습니다(마이크 사용 중 또는 권한 없음). 플레이어가 조치해야 합니다.',
  ],
  [
    'A recording is already running: stop it first; waiting could take up to a minute.',
    '이미 녹음 중입니다. 먼저 멈추세요. 끝나기를 기다리면 최대 1분이 걸릴 수 있습니다.',
  ],
  [
    'No audio was captured: check the microphone; the same recording would be empty again.',
    '녹음된 소리가 없습니다. 마이크를 확인하세요. 같은 조건의 녹음은 또 비어 있을 것입니다.',
  ],
  [
    'The recording file cannot be opened: use a writable path.',
    '녹음 파일을 열 수 없습니다. 쓰기 가능한 경로를 쓰세요.',
  ],
  [
    'No microphone permission: ask the player; never retry.',
    '마이크 권한이 없습니다. 플레이어에게 요청하고, 재시도하지 않습니다.',
  ],
  [
    'The recording was shorter than 1 s: ask the player to hold longer; never retry.',
    '녹음이 1초보다 짧았습니다. 플레이어에게 더 길게 누르도록 안내하고, 재시도하지 않습니다.',
  ],
  [
    'Stop without a started recording: a call-order problem.',
    '시작한 녹음 없이 중지했습니다. 호출 순서 문제입니다.',
  ],
  [
    'Voice-chat recording file, format, memory or state problem: calling again gives the same answer.',
    '음성 채팅 녹음 파일, 형식, 메모리 또는 상태 문제입니다. 다시 호출해도 같은 답이 옵니다.',
  ],
  [
    'The 3D voice resource files are missing or damaged: repackage them; a retry cannot fix files.',
    '3D 음성 리소스 파일이 없거나 손상되었습니다. 다시 패키징하세요. 재시도로는 파일을 고칠 수 없습니다.',
  ],
  [
    '3D voice was used before InitSpatializer succeeded: fix the call order.',
    'InitSpatializer가 성공하기 전에 3D 음성을 사용했습니다. 호출 순서를 고치세요.',
  ],
  [
    'A network request failed, usually for a moment: retry with a capped, jittered backoff.',
    '네트워크 요청이 실패했습니다(대개 잠깐 동안의 문제). 상한과 지터가 있는 백오프로 재시도합니다.',
  ],
  [
    'The account has overdue payments: no retry can succeed; tell the developer.',
    '계정 요금이 연체되었습니다. 어떤 재시도도 성공할 수 없으니 개발자에게 알리세요.',
  ],
  [
    'Authentication failed: a blind retry with the same auth buffer cannot succeed.',
    '인증에 실패했습니다. 같은 인증 버퍼로 무작정 재시도해서는 성공할 수 없습니다.',
  ],
  [
    "Already in another room: exit it first (recover('exitThenEnter') is available as an opt-in).",
    "이미 다른 방에 있습니다. 먼저 퇴장하세요(원하면 `recover('exitThenEnter')`를 쓸 수 있습니다).",
  ],
  [
    'Permission refused: the player or the console must grant it first.',
    '권한이 거부되었습니다. 플레이어나 콘솔에서 먼저 허용해야 합니다.',
  ],
  [
    'A file the SDK needs cannot be accessed: fix the path or the file.',
    'SDK에 필요한 파일에 접근할 수 없습니다. 경로나 파일을 고치세요.',
  ],
  [
    'A file is corrupted: replace it; reading it again gives the same result.',
    '파일이 손상되었습니다. 교체하세요. 다시 읽어도 결과는 같습니다.',
  ],
  [
    'The service is not enabled in the console: fail fast and tell the developer.',
    '콘솔에서 서비스가 켜져 있지 않습니다. 바로 실패로 끝내고 개발자에게 알리세요.',
  ],
  ['The operation was cancelled: end the call at once.', '작업이 취소되었습니다. 호출을 바로 끝냅니다.'],
  [
    'An SDK library failed to load: the app package must be fixed.',
    'SDK 라이브러리를 불러오지 못했습니다. 앱 패키지를 고쳐야 합니다.',
  ],
  [
    'The SDK files come from different releases: replace them all (only a warning for init).',
    'SDK 파일들이 서로 다른 릴리스에서 왔습니다. 모두 교체하세요(init에서는 경고일 뿐입니다).',
  ],
  [
    'Mute-switch detection failed: it works on iOS only; a retry does not change the platform.',
    '무음 스위치 감지에 실패했습니다. iOS에서만 동작하며, 재시도해도 플랫폼은 바뀌지 않습니다.',
  ],
  [
    'Voice messages and speech-to-text are not enabled in the console: fail fast.',
    '콘솔에서 음성 메시지와 음성-텍스트 변환이 켜져 있지 않습니다. 바로 실패로 끝냅니다.',
  ],
  [
    'The file to upload cannot be read: upload the recorded path.',
    '업로드할 파일을 읽을 수 없습니다. 녹음이 끝난 경로를 업로드하세요.',
  ],
  [
    'Voice-message auth missing or rejected: apply the PTT auth buffer again, then call once more.',
    '음성 메시지 인증이 없거나 거부되었습니다. PTT 인증 버퍼를 다시 적용한 뒤 한 번 더 호출합니다.',
  ],
  [
    'Uploading to cloud storage failed, usually for a moment: retry with backoff.',
    '클라우드 저장소 업로드가 실패했습니다(대개 잠깐 동안의 문제). 백오프를 두고 재시도합니다.',
  ],
  [
    'Fetching the upload credentials failed on the network: retry with backoff.',
    '네트워크 문제로 업로드 자격 증명을 받지 못했습니다. 백오프를 두고 재시도합니다.',
  ],
  [
    'The upload parameters came back empty: mostly transient, retry with backoff.',
    '업로드 매개변수가 비어서 돌아왔습니다. 대개 일시적이므로 백오프를 두고 재시도합니다.',
  ],
  [
    'The upload parameters could not be decoded: retry with backoff.',
    '업로드 매개변수를 해석하지 못했습니다. 백오프를 두고 재시도합니다.',
  ],
  [
    'A general server failure: GME advises calling again, with backoff.',
    '일반적인 서버 오류입니다. GME의 권고대로 백오프를 두고 다시 호출합니다.',
  ],
  [
    'The server rejected a parameter: the same request will be rejected again.',
    '서버가 매개변수를 거부했습니다. 같은 요청은 다시 거부됩니다.',
  ],
  [
    'Permission denied or (2023) removed from the room: never re-enter automatically.',
    '권한이 없거나 (2023 표 기준) 방에서 내보내졌습니다. 자동으로 다시 입장하지 않습니다.',
  ],
  [
    'The server did not answer in time (2023: room address request failed): retry with backoff.',
    '서버가 제시간에 답하지 않았습니다(2023 표: 방 주소 요청 실패). 백오프를 두고 재시도합니다.',
  ],
  [
    'The server could not allocate the room (2023: connect failed): usually transient, retry.',
    '서버가 방을 할당하지 못했습니다(2023 표: 연결 실패). 대개 일시적이므로 재시도합니다.',
  ],
  [
    'The server says the user is not in the room: a call-order problem.',
    '서버는 사용자가 방에 없다고 봅니다. 호출 순서 문제입니다.',
  ],
  [
    'The server does not implement this feature: retrying will not help.',
    '서버가 이 기능을 구현하지 않았습니다. 재시도해도 소용없습니다.',
  ],
  [
    'The server is still handling the same kind of request: retry after a short backoff.',
    '서버가 같은 종류의 요청을 아직 처리하고 있습니다. 짧은 백오프 뒤에 재시도합니다.',
  ],
  ['The room does not exist on the server: enter it first.', '서버에 그 방이 없습니다. 먼저 입장하세요.'],
  [
    'The server does not know this member: check the member id.',
    '서버가 이 멤버를 알지 못합니다. 멤버 ID를 확인하세요.',
  ],
  [
    'The server rejected the capability: read the backend code in the log.',
    '서버가 기능 요청을 거부했습니다. 로그에서 백엔드 코드를 확인하세요.',
  ],
  [
    'The downloaded file cannot be written: use a writable path.',
    '내려받은 파일을 저장할 수 없습니다. 쓰기 가능한 경로를 쓰세요.',
  ],
  [
    'Fetching the file from cloud storage failed: usually transient, retry with backoff.',
    '클라우드 저장소에서 파일을 가져오지 못했습니다. 대개 일시적이므로 백오프를 두고 재시도합니다.',
  ],
  [
    'The remote file could not be read: retry once; an expired file (90 days) never comes back.',
    '원격 파일을 읽지 못했습니다. 한 번만 재시도합니다. 만료된 파일(90일)은 되돌아오지 않습니다.',
  ],
  [
    'Fetching the download credentials failed on the network: retry with backoff.',
    '네트워크 문제로 다운로드 자격 증명을 받지 못했습니다. 백오프를 두고 재시도합니다.',
  ],
  [
    'The download parameters came back empty: retry with backoff.',
    '다운로드 매개변수가 비어서 돌아왔습니다. 백오프를 두고 재시도합니다.',
  ],
  [
    'The download parameters could not be decoded: retry with backoff.',
    '다운로드 매개변수를 해석하지 못했습니다. 백오프를 두고 재시도합니다.',
  ],
  [
    'The player could not start (device or permission): the player or game must act.',
    '재생기를 시작하지 못했습니다(장치 또는 권한 문제). 플레이어나 게임이 조치해야 합니다.',
  ],
  [
    'Switching to the next file during playback failed: stop playback first.',
    '재생 중에 다음 파일로 넘어가지 못했습니다. 먼저 재생을 멈추세요.',
  ],
  [
    'Empty playback parameter: pass an existing file path.',
    '재생 매개변수가 비어 있습니다. 실제로 있는 파일의 경로를 넘기세요.',
  ],
  [
    'The file cannot be opened for playback: download it first or fix the path.',
    '재생할 파일을 열 수 없습니다. 먼저 내려받거나 경로를 고치세요.',
  ],
  [
    'Playback did not start: check the file and path.',
    '재생이 시작되지 않았습니다. 파일과 경로를 확인하세요.',
  ],
  [
    'The voice file is empty: record or download it again.',
    '음성 파일이 비어 있습니다. 다시 녹음하거나 내려받으세요.',
  ],
  [
    'The voice file cannot be read: play only files made by GME.',
    '음성 파일을 읽을 수 없습니다. GME가 만든 파일만 재생하세요.',
  ],
  [
    'The playback device could not start: check the speaker or headset.',
    '재생 장치를 시작하지 못했습니다. 스피커나 헤드셋을 확인하세요.',
  ],
  [
    'Playback failed internally: playing again is audible, so the game decides, not the policy.',
    '재생이 내부 오류로 실패했습니다. 다시 재생하면 소리가 들리므로 정책이 아니라 게임이 결정합니다.',
  ],
  [
    'An internal speech-to-text error: one more try after a backoff, then report it.',
    '음성-텍스트 변환의 내부 오류입니다. 백오프 뒤에 한 번 더 시도하고, 그래도 실패하면 보고합니다.',
  ],
  [
    'Speech-to-text failed on the network: transient, retry with backoff.',
    '네트워크 문제로 음성-텍스트 변환에 실패했습니다. 일시적이므로 백오프를 두고 재시도합니다.',
  ],
  [
    'The speech-to-text reply could not be parsed: retry with backoff.',
    '음성-텍스트 변환 응답을 해석하지 못했습니다. 백오프를 두고 재시도합니다.',
  ],
  [
    'Recognition failed but the recording is kept: upload it if needed and call speechToText instead.',
    '인식은 실패했지만 녹음은 남아 있습니다. 필요하면 업로드한 뒤 대신 speechToText를 호출하세요.',
  ],
  [
    'Recognition failed but the file was recorded and uploaded: call speechToText on its file id.',
    '인식은 실패했지만 파일은 녹음되고 업로드되었습니다. 그 파일 ID로 speechToText를 호출하세요.',
  ],
  [
    'Empty speech-to-text parameter: pass the file id from a successful upload.',
    '음성-텍스트 변환 매개변수가 비어 있습니다. 성공한 업로드에서 받은 파일 ID를 넘기세요.',
  ],
  [
    'The recognition service returned an error: read the backend code; a retry rarely helps.',
    '인식 서비스가 오류를 돌려주었습니다. 백엔드 코드를 확인하세요. 재시도는 거의 도움이 되지 않습니다.',
  ],
  [
    'A streaming recognition is running: wait for its completion event.',
    '스트리밍 인식이 진행 중입니다. 완료 이벤트를 기다립니다.',
  ],
  [
    'Translation is not available for this account: call without a translation language.',
    '이 계정에서는 번역을 쓸 수 없습니다. 번역 언어 없이 호출하세요.',
  ],
  [
    'The translation language is not supported: pass a supported language code.',
    '지원하지 않는 번역 언어입니다. 지원되는 언어 코드를 넘기세요.',
  ],
  [
    'Init itself reported an unstarted context: running Init again would repeat the same call.',
    'init 자체가 컨텍스트가 시작되지 않았다고 보고했습니다. init을 다시 실행해도 같은 호출을 되풀이할 뿐입니다.',
  ],
  [
    'After Init, mismatched SDK files are only a warning: GME says to ignore it in release builds.',
    'init 뒤의 SDK 파일 불일치는 경고일 뿐입니다. GME는 릴리스 빌드에서 무시해도 된다고 안내합니다.',
  ],
  [
    'The room auth buffer was rejected: get a new one from auth.refresh and enter once more.',
    '방 인증 버퍼가 거부되었습니다. auth.refresh에서 새 버퍼를 받아 한 번 더 입장합니다.',
  ],
  [
    'The switch failed and the old room was left: enter the target room again.',
    '방 전환에 실패했고 이전 방에서도 나왔습니다. 목표 방에 다시 입장합니다.',
  ],
  [
    'The room auth buffer was rejected: get a new one from auth.refresh and switch once more.',
    '방 인증 버퍼가 거부되었습니다. auth.refresh에서 새 버퍼를 받아 한 번 더 전환합니다.',
  ],
  [
    'A code no rule names (not in the catalog): fail fast rather than guess.',
    '어떤 규칙에도 없는 코드입니다(카탈로그에 없음). 추측하지 않고 바로 실패로 끝냅니다.',
  ],
  [
    'No result in time: one retry after a short backoff, then report it.',
    '제시간에 결과가 오지 않았습니다. 짧은 백오프 뒤에 한 번 재시도하고, 그래도 실패하면 보고합니다.',
  ],
  [
    'A network request failed: one retry after a short backoff, then report it.',
    '네트워크 요청이 실패했습니다. 짧은 백오프 뒤에 한 번 재시도하고, 그래도 실패하면 보고합니다.',
  ],
  [
    'Strict: every other code is reported at once, with no retry or recovery.',
    '엄격 정책: 그 밖의 모든 코드는 재시도나 복구 없이 바로 보고합니다.',
  ],
  [
    'Phones drop the network for seconds (Wi-Fi to cellular): retry longer, with wider gaps.',
    '휴대폰은 몇 초씩 네트워크가 끊깁니다(Wi-Fi에서 셀룰러로 바뀔 때 등). 더 오래, 더 넓은 간격으로 재시도합니다.',
  ],
  [
    'Voice-message transfer on a phone network: retry longer, with wider gaps.',
    '휴대폰 네트워크에서 음성 메시지를 주고받습니다. 더 오래, 더 넓은 간격으로 재시도합니다.',
  ],
]);
