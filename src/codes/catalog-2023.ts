/**
 * The codes that only the 2023 generation of GME error pages lists (English and Chinese pages
 * and the 2.9.15 SDK headers): accompaniment, sound effects, voice-chat recording, the extra
 * player and speech-to-text codes, 7018, 7022 and 327698.
 *
 * Texts are this library's own wording; only the facts (codes, names) come from Tencent's pages.
 */
import type { CatalogEntry } from './catalog-types.js';

/**
 * Entries listed only by the 2023 table, ordered by code group. Declared `as const` so that codes
 * and names stay literal types.
 */
export const catalog2023Only = [
  {
    code: 4001,
    name: 'AV_ERR_ACC_OPENFILE_FAILED',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'The accompaniment file could not be opened.',
      cause: 'The accompaniment file does not exist or its path is wrong.',
      action: 'Check the file path and that the file is really there.',
    },
    ko: {
      summary: '반주 파일을 열 수 없습니다.',
      cause: '반주 파일이 없거나 경로가 틀렸습니다.',
      action: '파일 경로와 파일이 실제로 있는지 확인하세요.',
    },
  },
  /** FORAMT is the SDK's own spelling. */
  {
    code: 4002,
    name: 'AV_ERR_ACC_FILE_FORAMT_NOTSUPPORT',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'The accompaniment file format is not supported.',
      cause: 'The file is in a format the accompaniment player cannot read.',
      action: 'Convert the file to a format the accompaniment feature supports.',
    },
    ko: {
      summary: '지원하지 않는 반주 파일 형식입니다.',
      cause: '반주 플레이어가 읽을 수 없는 형식의 파일입니다.',
      action: '반주 기능이 지원하는 형식으로 파일을 변환하세요.',
    },
  },
  {
    code: 4003,
    name: 'AV_ERR_ACC_DECODER_FAILED',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'Decoding the accompaniment file failed.',
      cause: 'The file is damaged or uses an encoding the decoder does not handle.',
      action: 'Re-encode the file in a supported format, or use an intact copy.',
    },
    ko: {
      summary: '반주 파일 디코딩에 실패했습니다.',
      cause: '파일이 손상되었거나 디코더가 처리하지 못하는 인코딩을 씁니다.',
      action: '지원되는 형식으로 다시 인코딩하거나 손상되지 않은 파일을 쓰세요.',
    },
  },
  {
    code: 4004,
    name: 'AV_ERR_ACC_BAD_PARAM',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'An accompaniment call received a bad parameter.',
      cause: 'An argument of the accompaniment API is missing or out of range.',
      action: 'Correct the arguments according to the accompaniment API reference.',
    },
    ko: {
      summary: '반주 호출에 잘못된 매개변수가 전달되었습니다.',
      cause: '반주 API의 인수가 빠졌거나 범위를 벗어났습니다.',
      action: '반주 API 문서에 맞게 인수를 고치세요.',
    },
  },
  {
    code: 4005,
    name: 'AV_ERR_ACC_MEMORY_ALLOC_FAILED',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'Memory for the accompaniment could not be allocated.',
      cause: 'The device does not have enough free memory.',
      action:
        'Free memory on the device, for example by closing other apps or unloading assets, and try again.',
    },
    ko: {
      summary: '반주에 필요한 메모리를 할당하지 못했습니다.',
      cause: '기기에 남은 메모리가 부족합니다.',
      action: '다른 앱을 닫거나 리소스를 해제해 메모리를 확보한 뒤 다시 시도하세요.',
    },
  },
  {
    code: 4006,
    name: 'AV_ERR_ACC_CREATE_THREAD_FAILED',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'The accompaniment thread could not be created.',
      cause: 'The system refused a new thread, usually because memory or other resources ran out.',
      action: 'Release memory and threads the app no longer needs, then start the accompaniment again.',
    },
    ko: {
      summary: '반주 스레드를 만들지 못했습니다.',
      cause: '대개 메모리나 다른 리소스가 바닥나서 시스템이 새 스레드를 거부했습니다.',
      action: '앱에서 더 이상 쓰지 않는 메모리와 스레드를 정리한 뒤 반주를 다시 시작하세요.',
    },
  },
  /** ILLIGAL is the SDK's own spelling. */
  {
    code: 4007,
    name: 'AV_ERR_ACC_STATE_ILLIGAL',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'The accompaniment player is in an invalid state.',
      cause:
        "The call does not fit the player's current state, or an earlier failure left the player inconsistent.",
      action: 'Stop the accompaniment, free device memory, and start it again.',
    },
    ko: {
      summary: '반주 플레이어가 잘못된 상태에 있습니다.',
      cause: '호출이 플레이어의 현재 상태와 맞지 않거나, 앞선 실패로 플레이어 상태가 어긋났습니다.',
      action: '반주를 멈추고 기기 메모리를 확보한 뒤 다시 시작하세요.',
    },
  },
  {
    code: 4008,
    name: 'AV_ERR_START_ACC_FIRST',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'The device latency recording needs the accompaniment to be started first.',
      cause: 'The capture-and-playback delay recording was started before the accompaniment.',
      action: 'Start the accompaniment, then start the delay recording.',
    },
    ko: {
      summary: '장치 지연 녹음을 하려면 반주를 먼저 시작해야 합니다.',
      cause: '반주보다 먼저 캡처·재생 지연 녹음을 시작했습니다.',
      action: '반주를 시작한 다음 지연 녹음을 시작하세요.',
    },
  },
  {
    code: 4009,
    name: 'AV_ERR_START_ACC_IS_STARTED',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'The accompaniment must be stopped before the latency preview.',
      cause: 'The delay preview was started while the accompaniment was still playing.',
      action: 'Stop the accompaniment, then start the preview.',
    },
    ko: {
      summary: '지연 미리 듣기 전에 반주를 멈춰야 합니다.',
      cause: '반주가 아직 재생 중일 때 지연 미리 듣기를 시작했습니다.',
      action: '반주를 멈춘 뒤 미리 듣기를 시작하세요.',
    },
  },
  {
    code: 4010,
    name: 'AV_ERR_HARDWARE_TEST_RECORD_IS_STARTED',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'The latency recording must be stopped before the preview.',
      cause: 'The delay preview was started while the device-test recording was running.',
      action: 'Stop the test recording first, then preview it.',
    },
    ko: {
      summary: '미리 듣기 전에 지연 테스트 녹음을 멈춰야 합니다.',
      cause: '장치 테스트 녹음이 진행 중일 때 지연 미리 듣기를 시작했습니다.',
      action: '먼저 테스트 녹음을 멈추고 미리 듣기를 하세요.',
    },
  },
  {
    code: 4011,
    name: 'AV_ERR_HARDWARE_TEST_PREVIEW_IS_STARTED',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'The latency preview must be stopped before recording.',
      cause: 'The device-test recording was started while the preview was still playing.',
      action: 'Stop the preview, then start the recording.',
    },
    ko: {
      summary: '녹음 전에 지연 미리 듣기를 멈춰야 합니다.',
      cause: '미리 듣기가 재생 중일 때 장치 테스트 녹음을 시작했습니다.',
      action: '미리 듣기를 멈춘 뒤 녹음을 시작하세요.',
    },
  },
  {
    code: 4012,
    name: 'AV_ERR_HARDWARE_TEST_PREVIEW_DATA_IS_EMPTY',
    aliases: [],
    category: 'accompaniment',
    tables: ['gme-2023'],
    en: {
      summary: 'The latency preview has no recorded data to play.',
      cause: 'A preview was requested, but the device-test recording produced no audio for it.',
      action: 'With the preview stopped, make a test recording first, then preview it.',
    },
    ko: {
      summary: '지연 미리 듣기에 재생할 녹음 데이터가 없습니다.',
      cause: '미리 듣기를 요청했지만 장치 테스트 녹음에서 재생할 오디오가 만들어지지 않았습니다.',
      action: '미리 듣기를 멈춘 상태에서 테스트 녹음을 먼저 한 뒤 미리 듣기를 하세요.',
    },
  },
  {
    code: 4051,
    name: 'AV_ERR_EFFECT_OPENFILE_FAILED',
    aliases: [],
    category: 'sound-effect',
    tables: ['gme-2023'],
    en: {
      summary: 'The sound-effect file could not be opened.',
      cause: 'The effect file is missing or the path points to the wrong place.',
      action: 'Check that the file exists at the given path.',
    },
    ko: {
      summary: '효과음 파일을 열 수 없습니다.',
      cause: '효과음 파일이 없거나 경로가 엉뚱한 곳을 가리킵니다.',
      action: '지정한 경로에 파일이 있는지 확인하세요.',
    },
  },
  {
    code: 4052,
    name: 'AV_ERR_EFFECT_FILE_FORAMT_NOTSUPPORT',
    aliases: [],
    category: 'sound-effect',
    tables: ['gme-2023'],
    en: {
      summary: 'The sound-effect file format is not supported.',
      cause: 'The effect player cannot read this type of file.',
      action: 'Convert the effect to a supported audio format.',
    },
    ko: {
      summary: '지원하지 않는 효과음 파일 형식입니다.',
      cause: '효과음 플레이어가 이 종류의 파일을 읽을 수 없습니다.',
      action: '효과음을 지원되는 오디오 형식으로 변환하세요.',
    },
  },
  {
    code: 4053,
    name: 'AV_ERR_EFFECT_DECODER_FAILED',
    aliases: [],
    category: 'sound-effect',
    tables: ['gme-2023'],
    en: {
      summary: 'Decoding the sound-effect file failed.',
      cause: 'The effect file is corrupt or uses an unsupported encoding.',
      action: 'Check the file format and replace the file with a valid one.',
    },
    ko: {
      summary: '효과음 파일 디코딩에 실패했습니다.',
      cause: '효과음 파일이 손상되었거나 지원하지 않는 인코딩을 씁니다.',
      action: '파일 형식을 확인하고 올바른 파일로 바꾸세요.',
    },
  },
  {
    code: 4054,
    name: 'AV_ERR_EFFECT_BAD_PARAM',
    aliases: [],
    category: 'sound-effect',
    tables: ['gme-2023'],
    en: {
      summary: 'A sound-effect call received a bad parameter.',
      cause: 'An argument such as the effect id, the path or the volume is invalid.',
      action: 'Check the arguments passed to the sound-effect API.',
    },
    ko: {
      summary: '효과음 호출에 잘못된 매개변수가 전달되었습니다.',
      cause: '효과음 ID, 경로, 볼륨 같은 인수가 올바르지 않습니다.',
      action: '효과음 API에 넘긴 인수를 확인하세요.',
    },
  },
  {
    code: 4055,
    name: 'AV_ERR_EFFECT_MEMORY_ALLOC_FAILED',
    aliases: [],
    category: 'sound-effect',
    tables: ['gme-2023'],
    en: {
      summary: 'Memory for the sound effect could not be allocated.',
      cause: 'There is not enough free memory on the device to load the effect.',
      action: 'Free device memory, or load fewer effects at once.',
    },
    ko: {
      summary: '효과음에 필요한 메모리를 할당하지 못했습니다.',
      cause: '효과음을 불러올 만큼 기기에 여유 메모리가 없습니다.',
      action: '기기 메모리를 확보하거나 한 번에 불러오는 효과음 수를 줄이세요.',
    },
  },
  {
    code: 4056,
    name: 'AV_ERR_EFFECT_CREATE_THREAD_FAILED',
    aliases: [],
    category: 'sound-effect',
    tables: ['gme-2023'],
    en: {
      summary: 'The sound-effect thread could not be created.',
      cause: 'The system could not start a thread for effect playback, typically under memory pressure.',
      action: 'Reduce memory and thread usage, then play the effect again.',
    },
    ko: {
      summary: '효과음 스레드를 만들지 못했습니다.',
      cause: '대개 메모리가 모자라 시스템이 효과음 재생용 스레드를 시작하지 못했습니다.',
      action: '메모리와 스레드 사용을 줄인 뒤 효과음을 다시 재생하세요.',
    },
  },
  {
    code: 4057,
    name: 'AV_ERR_EFFECT_STATE_ILLIGAL',
    aliases: [],
    category: 'sound-effect',
    tables: ['gme-2023'],
    en: {
      summary: 'The sound-effect player is in an invalid state.',
      cause:
        'The effect call came at a moment the player cannot handle, or an earlier error broke its state.',
      action: 'Stop all effects, free memory, and play again.',
    },
    ko: {
      summary: '효과음 플레이어가 잘못된 상태에 있습니다.',
      cause: '플레이어가 처리할 수 없는 시점에 효과음 호출이 왔거나, 이전 오류로 상태가 깨졌습니다.',
      action: '모든 효과음을 멈추고 메모리를 확보한 뒤 다시 재생하세요.',
    },
  },
  {
    code: 5001,
    name: 'AV_ERR_RECORD_OPENFILE_FAILED',
    aliases: [],
    category: 'voice-chat-recording',
    tables: ['gme-2023'],
    en: {
      summary: 'The voice-chat recording file could not be opened.',
      cause: 'The output path for the voice-chat recording is invalid or not writable.',
      action: 'Use a valid, writable file path for the recording.',
    },
    ko: {
      summary: '음성 채팅 녹음 파일을 열 수 없습니다.',
      cause: '음성 채팅 녹음을 저장할 경로가 잘못되었거나 쓸 수 없습니다.',
      action: '녹음 파일에 쓸 수 있는 올바른 경로를 사용하세요.',
    },
  },
  {
    code: 5002,
    name: 'AV_ERR_RECORD_FILE_FORAMT_NOTSUPPORT',
    aliases: [],
    category: 'voice-chat-recording',
    tables: ['gme-2023'],
    en: {
      summary: 'The voice-chat recording format is not supported.',
      cause: 'The requested output file type is not one the recorder can write.',
      action: 'Choose a supported recording format and check the file extension.',
    },
    ko: {
      summary: '지원하지 않는 음성 채팅 녹음 형식입니다.',
      cause: '요청한 출력 파일 형식을 녹음기가 만들 수 없습니다.',
      action: '지원되는 녹음 형식을 고르고 파일 확장자를 확인하세요.',
    },
  },
  {
    code: 5003,
    name: 'AV_ERR_RECORD_DECODER_FAILED',
    aliases: [],
    category: 'voice-chat-recording',
    tables: ['gme-2023'],
    en: {
      summary: 'Audio decoding failed during voice-chat recording.',
      cause: 'The audio could not be decoded in the configured format.',
      action: 'Check the recording format settings and try again.',
    },
    ko: {
      summary: '음성 채팅 녹음 중 오디오 디코딩에 실패했습니다.',
      cause: '설정된 형식으로 오디오를 디코딩할 수 없었습니다.',
      action: '녹음 형식 설정을 확인하고 다시 시도하세요.',
    },
  },
  {
    code: 5004,
    name: 'AV_ERR_RECORD_BAD_PARAM',
    aliases: [],
    category: 'voice-chat-recording',
    tables: ['gme-2023'],
    en: {
      summary: 'A voice-chat recording call received a bad parameter.',
      cause: 'An argument of the recording API is missing or invalid.',
      action: 'Check the arguments passed to the voice-chat recording API.',
    },
    ko: {
      summary: '음성 채팅 녹음 호출에 잘못된 매개변수가 전달되었습니다.',
      cause: '녹음 API의 인수가 빠졌거나 올바르지 않습니다.',
      action: '음성 채팅 녹음 API에 넘긴 인수를 확인하세요.',
    },
  },
  {
    code: 5005,
    name: 'AV_ERR_RECORD_MEMORY_ALLOC_FAILED',
    aliases: [],
    category: 'voice-chat-recording',
    tables: ['gme-2023'],
    en: {
      summary: 'Memory for the voice-chat recording could not be allocated.',
      cause: 'The device ran low on memory while recording.',
      action: 'Free device memory and start the recording again.',
    },
    ko: {
      summary: '음성 채팅 녹음에 필요한 메모리를 할당하지 못했습니다.',
      cause: '녹음하는 동안 기기 메모리가 부족해졌습니다.',
      action: '기기 메모리를 확보한 뒤 녹음을 다시 시작하세요.',
    },
  },
  {
    code: 5006,
    name: 'AV_ERR_RECORD_CREATE_THREAD_FAILED',
    aliases: [],
    category: 'voice-chat-recording',
    tables: ['gme-2023'],
    en: {
      summary: 'The voice-chat recording thread could not be created.',
      cause: 'The system refused to start the recorder thread, usually for lack of resources.',
      action: 'Free memory and unused threads, then retry the recording.',
    },
    ko: {
      summary: '음성 채팅 녹음 스레드를 만들지 못했습니다.',
      cause: '대개 리소스가 모자라 시스템이 녹음 스레드 시작을 거부했습니다.',
      action: '메모리와 쓰지 않는 스레드를 정리한 뒤 녹음을 다시 시도하세요.',
    },
  },
  {
    code: 5007,
    name: 'AV_ERR_RECORD_STATE_ILLIGAL',
    aliases: [],
    category: 'voice-chat-recording',
    tables: ['gme-2023'],
    en: {
      summary: 'The voice-chat recorder is in an invalid state.',
      cause:
        "The recording call does not match the recorder's state, for example stopping a recording that never started.",
      action: 'Stop the recorder, free memory, and start over.',
    },
    ko: {
      summary: '음성 채팅 녹음기가 잘못된 상태에 있습니다.',
      cause: '시작하지 않은 녹음을 멈추는 것처럼, 녹음 호출이 녹음기 상태와 맞지 않습니다.',
      action: '녹음기를 멈추고 메모리를 확보한 뒤 처음부터 다시 시작하세요.',
    },
  },
  /** DECTECT is the SDK's own spelling. */
  {
    code: 7018,
    name: 'AV_ERR_MUTESWITCH_DECTECT_ERR',
    aliases: [],
    category: 'general',
    tables: ['gme-2023'],
    en: {
      summary: 'Detecting the iOS mute switch failed.',
      cause:
        'The mute-switch check works only on iOS devices, or the system did not report the switch state.',
      action: 'Call the mute-switch API only on iOS devices.',
    },
    ko: {
      summary: 'iOS 무음 스위치 상태를 감지하지 못했습니다.',
      cause: '무음 스위치 확인은 iOS 기기에서만 동작하거나, 시스템이 스위치 상태를 알려 주지 않았습니다.',
      action: '무음 스위치 API는 iOS 기기에서만 호출하세요.',
    },
  },
  /** Named after the 2.9.15 header (AV_ERR_BUS_ERROR). The 2023 page lists 7022 under AV_ERR_SERVICE_NOT_OPENED, the name of 7012; that duplicate is not used here, so that every name points to one code. */
  {
    code: 7022,
    name: 'AV_ERR_BUS_ERROR',
    aliases: [],
    category: 'general',
    tables: ['gme-2023'],
    en: {
      summary: 'The voice message and speech-to-text service is not enabled.',
      cause: 'The service is not activated for this AppID in the GME console, or it is not supported for it.',
      action: 'Do not retry; enable voice messages and speech-to-text in the GME console first.',
    },
    ko: {
      summary: '음성 메시지·음성-텍스트 변환 서비스가 활성화되어 있지 않습니다.',
      cause:
        '이 AppID에 대해 GME 콘솔에서 서비스를 활성화하지 않았거나, 이 AppID에는 지원되지 않는 서비스입니다.',
      action: '재시도하지 말고 먼저 GME 콘솔에서 음성 메시지·음성-텍스트 변환을 활성화하세요.',
    },
  },
  {
    code: 20486,
    name: 'VOICE_PLAYER_SILKFILE_NULL',
    aliases: [],
    category: 'player',
    tables: ['gme-2023'],
    en: {
      summary: 'The voice-message file to play is empty.',
      cause: 'The file exists but holds no audio data.',
      action: 'Make sure the recording or download produced a non-empty file before playing it.',
    },
    ko: {
      summary: '재생할 음성 메시지 파일이 비어 있습니다.',
      cause: '파일은 있지만 오디오 데이터가 없습니다.',
      action: '재생하기 전에 녹음이나 다운로드로 내용이 있는 파일이 만들어졌는지 확인하세요.',
    },
  },
  {
    code: 20487,
    name: 'VOICE_PLAYER_SILKFILE_READ_ERROR',
    aliases: [],
    category: 'player',
    tables: ['gme-2023'],
    en: {
      summary: 'The voice-message file could not be read.',
      cause: 'The file is not a valid voice-message (silk) file, or it is damaged.',
      action: 'Play only files produced by GME recording or download, and check their format.',
    },
    ko: {
      summary: '음성 메시지 파일을 읽지 못했습니다.',
      cause: '올바른 음성 메시지(silk) 파일이 아니거나 손상되었습니다.',
      action: 'GME 녹음이나 다운로드로 만든 파일만 재생하고, 형식을 확인하세요.',
    },
  },
  {
    code: 20488,
    name: 'VOICE_PLAYER_INIT_DEVICE_ERROR',
    aliases: [],
    category: 'player',
    tables: ['gme-2023'],
    en: {
      summary: 'The playback device could not be initialised.',
      cause: 'The speaker or audio output device is unavailable or failing.',
      action: 'Check the speaker or headset, then play again.',
    },
    ko: {
      summary: '재생 장치를 초기화하지 못했습니다.',
      cause: '스피커나 오디오 출력 장치를 쓸 수 없거나 고장 났습니다.',
      action: '스피커나 헤드셋을 확인한 뒤 다시 재생하세요.',
    },
  },
  {
    code: 20489,
    name: 'VOICE_PLAYER_ERROR',
    aliases: [],
    category: 'player',
    tables: ['gme-2023'],
    en: {
      summary: 'Playback failed because of an internal error.',
      cause: 'An internal failure, such as creating a thread or allocating memory, stopped the player.',
      action: 'Start playing the file again.',
    },
    ko: {
      summary: '내부 오류로 재생에 실패했습니다.',
      cause: '스레드 생성이나 메모리 할당 같은 내부 오류로 플레이어가 멈췄습니다.',
      action: '파일 재생을 처음부터 다시 시작하세요.',
    },
  },
  /** TRNSLATE and AVALIABLE are the SDK's own spellings. */
  {
    code: 32787,
    name: 'VOICE_ERR_VOICE_S2T_TRNSLATE_SERVICE_NOT_AVALIABLE',
    aliases: [],
    category: 'speech-to-text',
    tables: ['gme-2023'],
    en: {
      summary: 'Translation is not available for speech-to-text.',
      cause:
        'The translation part of the speech-to-text service is not supported or not enabled for this application.',
      action:
        'Call without a translation language, or collect the logs and ask GME support to enable translation.',
    },
    ko: {
      summary: '음성-텍스트 변환에서 번역 기능을 쓸 수 없습니다.',
      cause: '이 애플리케이션에는 음성-텍스트 변환의 번역 기능이 지원되지 않거나 활성화되어 있지 않습니다.',
      action: '번역 언어 없이 호출하거나, 로그를 모아 GME 지원팀에 번역 기능 활성화를 요청하세요.',
    },
  },
  {
    code: 32788,
    name: 'VOICE_ERR_VOICE_S2T_TRNSLATE_LANGUAGE_NOT_SUPPORTED',
    aliases: [],
    category: 'speech-to-text',
    tables: ['gme-2023'],
    en: {
      summary: 'The requested translation language is not supported.',
      cause: 'The language code passed for translation is not one the service accepts.',
      action: 'Pass a supported language code, such as en-US or ko-KR, and call again.',
    },
    ko: {
      summary: '요청한 번역 언어를 지원하지 않습니다.',
      cause: '번역용으로 넘긴 언어 코드를 서비스가 받아들이지 않습니다.',
      action: 'en-US, ko-KR처럼 지원되는 언어 코드를 넘겨 다시 호출하세요.',
    },
  },
  /** The 2023 page gives this error as 327698 (0x50012); the SDK headers and the 2022 table use decimal 50012 (QAVPTTERROR_ERR_VOICE_STREAMING_ASR_ERROR) for the same failure, and 50012 carries this name as its 2023 name. */
  {
    code: 327698,
    name: 'VOICE_ERR_VOICE_STREAMING_ASR_ERROR',
    aliases: [],
    category: 'streaming-recognition',
    tables: ['gme-2023'],
    en: {
      summary: 'The streaming speech-to-text service returned an error (code written as 0x50012).',
      cause:
        'The same failure the SDK headers number 50012: the streaming ASR request failed, while the recording is usually fine.',
      action:
        'Upload the recording with `gme.uploadRecordedFile(...)`, then call `gme.speechToText(...)` on its file id.',
    },
    ko: {
      summary: '스트리밍 음성-텍스트 변환 서비스가 오류를 돌려주었습니다(코드 표기 0x50012).',
      cause:
        'SDK 헤더에서 50012로 정의한 것과 같은 실패로, 스트리밍 ASR 요청은 실패했지만 녹음 파일은 대개 정상입니다.',
      action:
        '`gme.uploadRecordedFile(...)`로 녹음을 업로드한 뒤 받은 파일 ID로 `gme.speechToText(...)`를 호출하세요.',
    },
  },
] as const satisfies readonly CatalogEntry[];
