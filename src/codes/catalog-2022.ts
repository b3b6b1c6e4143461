/**
 * The 2022 generation of GME error codes: the 87 codes of the Korean error-code page that seeds
 * this project, plus `0` (`AV_OK`). Names keep the page's spelling, misspellings included. Each
 * entry says which generations list it (`tables`) and how the 2023 page differs (`in2023`).
 *
 * Texts are this library's own wording; only the facts (codes, names, limits) come from Tencent's
 * pages and the 2.9.15 SDK headers.
 */
import type { CatalogEntry } from './catalog-types.js';

/**
 * Entries of the 2022 table, grouped as the page groups them (general, client, server, voice
 * messages), with `AV_OK` first. Declared `as const` so that codes and names stay literal types.
 */
export const catalog2022 = [
  /** Not an error: the value every call and event uses for success. */
  {
    code: 0,
    name: 'AV_OK',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Success.',
      cause: 'The operation completed without an error.',
      action: 'No action is needed.',
    },
    ko: {
      summary: '성공했습니다.',
      cause: '작업이 오류 없이 끝났습니다.',
      action: '따로 조치할 필요가 없습니다.',
    },
  },
  {
    code: 7002,
    name: 'AV_ERR_3DVOICE_ERR_FILE_DAMAGED',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The 3D sound model file could not be loaded.',
      cause: 'The resource file that 3D voice (the spatializer) needs is missing or damaged.',
      action:
        'Package the 3D voice resource files that ship with the SDK again, then call InitSpatializer again.',
    },
    ko: {
      summary: '3D 사운드 모델 파일을 불러오지 못했습니다.',
      cause: '3D 음성(공간화) 기능에 필요한 리소스 파일이 없거나 손상되었습니다.',
      action: 'SDK와 함께 제공되는 3D 음성 리소스 파일을 다시 포함시킨 뒤 InitSpatializer를 다시 호출하세요.',
    },
  },
  {
    code: 7003,
    name: 'AV_ERR_3DVOICE_ERR_NOT_INITED',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'A 3D voice feature was used before the spatializer was initialised.',
      cause: 'InitSpatializer was not called, or did not succeed, before 3D sound was used.',
      action: 'Call InitSpatializer first and wait for it to succeed, then turn 3D sound on.',
    },
    ko: {
      summary: '공간 음향을 초기화하기 전에 3D 음성 기능을 사용했습니다.',
      cause: '3D 사운드를 쓰기 전에 InitSpatializer를 호출하지 않았거나 호출이 실패했습니다.',
      action: '먼저 InitSpatializer를 호출해 성공한 것을 확인한 뒤 3D 사운드를 켜세요.',
    },
  },
  /** Misspelled in the SDK itself (FALLED): the identifier is kept as the SDK defines it. */
  {
    code: 7004,
    name: 'AV_ERR_NET_REQUEST_FALLED',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'A network request to the GME backend failed.',
      cause: 'Usually a short outage or an unstable connection; wrong request parameters can also cause it.',
      action:
        'Check the call parameters and the device connection; the failure is usually transient, so retrying with a backoff is reasonable.',
    },
    ko: {
      summary: 'GME 백엔드로 보낸 네트워크 요청이 실패했습니다.',
      cause: '대개 네트워크가 잠시 끊기거나 불안정해서 생기며, 요청 매개변수가 잘못되어도 발생합니다.',
      action:
        '호출 매개변수와 기기의 네트워크 연결을 확인하세요. 일시적인 경우가 많아 간격을 두고 다시 시도해도 됩니다.',
    },
  },
  {
    code: 7005,
    name: 'AV_ERR_CHARGE_OVERDUE',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The request was refused because the Tencent Cloud account has overdue payments.',
      cause: 'The account that owns this AppID is in arrears.',
      action: 'Do not retry; tell the developer to settle the balance in the Tencent Cloud console.',
    },
    ko: {
      summary: 'Tencent Cloud 계정에 연체된 요금이 있어 요청이 거부되었습니다.',
      cause: '이 AppID를 소유한 계정에 미납 요금이 있습니다.',
      action: '재시도하지 말고, 개발자가 Tencent Cloud 콘솔에서 요금을 정산하도록 알리세요.',
    },
  },
  /** Misspelled in the SDK itself (FIALD). */
  {
    code: 7006,
    name: 'AV_ERR_AUTH_FIALD',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Authentication with the GME backend failed.',
      cause:
        'The AppID is wrong or unknown, the auth buffer is invalid or expired, or the open id differs from the one the buffer was made for.',
      action:
        'Obtain a new auth buffer for the same AppID and open id and try once with it; retrying with the same buffer cannot succeed.',
    },
    ko: {
      summary: 'GME 백엔드 인증에 실패했습니다.',
      cause:
        'AppID가 없거나 틀렸거나, 인증 버퍼가 잘못되었거나 만료되었거나, 버퍼를 만들 때 쓴 오픈 ID와 다릅니다.',
      action:
        '같은 AppID와 오픈 ID로 새 인증 버퍼를 받아 한 번 다시 시도하세요. 같은 버퍼로는 몇 번을 반복해도 성공하지 않습니다.',
    },
  },
  {
    code: 7007,
    name: 'AV_ERR_IN_OTHER_ROOM',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The user is already in a different room.',
      cause: 'One open id can be in only one room at a time, and this one has not left its current room.',
      action: 'Exit the current room and wait for the exit event, then enter the new room.',
    },
    ko: {
      summary: '사용자가 이미 다른 방에 있습니다.',
      cause: '오픈 ID 하나는 한 번에 한 방에만 있을 수 있는데, 지금 있는 방에서 아직 나가지 않았습니다.',
      action: '현재 방에서 나가 퇴장 이벤트를 받은 다음 새 방에 들어가세요.',
    },
  },
  {
    code: 7009,
    name: 'AV_ERR_NO_PERMISSION',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The operation was refused for lack of permission.',
      cause:
        'The app or the user is not allowed to perform this operation: the permission was never requested or was not granted.',
      action: 'Make sure the permission has been requested and granted, then try again.',
    },
    ko: {
      summary: '권한이 없어 작업이 거부되었습니다.',
      cause: '앱이나 사용자에게 이 작업을 할 권한이 없습니다. 권한을 신청하지 않았거나 허용받지 못했습니다.',
      action: '필요한 권한을 신청해 허용받았는지 확인한 뒤 다시 시도하세요.',
    },
  },
  {
    code: 7010,
    name: 'AV_ERR_FILE_CANNOT_ACCESS',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'A file the SDK needs could not be accessed.',
      cause: 'The path does not exist or points to the wrong place, or the process may not read or write it.',
      action: 'Check that the file exists and that the path is correct and accessible to the app.',
    },
    ko: {
      summary: 'SDK에 필요한 파일에 접근할 수 없습니다.',
      cause: '경로가 없거나 엉뚱한 곳을 가리키거나, 프로세스에 읽기·쓰기 권한이 없습니다.',
      action: '파일이 있는지, 경로가 맞고 앱이 접근할 수 있는지 확인하세요.',
    },
  },
  {
    code: 7011,
    name: 'AV_ERR_FILE_DAMAGED',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'A file opened by the SDK is corrupted.',
      cause: 'The file content is truncated or not in the expected format.',
      action: 'Replace it with an intact copy, for example by downloading or recording it again.',
    },
    ko: {
      summary: 'SDK가 연 파일이 손상되었습니다.',
      cause: '파일 내용이 잘렸거나 예상한 형식이 아닙니다.',
      action: '다시 내려받거나 다시 녹음하는 등 온전한 파일로 교체하세요.',
    },
  },
  {
    code: 7012,
    name: 'AV_ERR_SERVICE_NOT_OPENED',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The GME service this call needs is not enabled.',
      cause:
        'The feature, for example voice chat, has not been activated for this application in the GME console.',
      action: 'Do not retry; enable the service for this AppID in the console first.',
    },
    ko: {
      summary: '이 호출에 필요한 GME 서비스가 활성화되어 있지 않습니다.',
      cause: 'GME 콘솔에서 이 애플리케이션의 해당 기능(예: 음성 채팅)을 켜지 않았습니다.',
      action: '재시도하지 말고 먼저 콘솔에서 이 AppID의 서비스를 활성화하세요.',
    },
  },
  {
    code: 7013,
    name: 'AV_ERR_USER_CANCELED',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The operation was cancelled before it completed.',
      cause:
        'The caller cancelled the request while it was still running, for example by aborting a room entry.',
      action: 'Nothing needs fixing; start the operation again if it is still wanted.',
    },
    ko: {
      summary: '작업이 끝나기 전에 취소되었습니다.',
      cause: '요청이 진행되는 동안 호출한 쪽에서 취소했습니다. 예를 들어 방 입장을 도중에 중단한 경우입니다.',
      action: '고칠 것은 없습니다. 여전히 필요하면 작업을 다시 시작하세요.',
    },
  },
  {
    code: 7014,
    name: 'AV_ERR_LOAD_LIB_FAILED',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'A library the SDK depends on failed to load.',
      cause:
        'A native SDK library is missing from the build, or the one for the feature in use was not packaged.',
      action:
        'Check the app package for the SDK library files this feature needs and add any that are missing.',
    },
    ko: {
      summary: 'SDK가 사용하는 라이브러리를 불러오지 못했습니다.',
      cause:
        '빌드에 SDK 네이티브 라이브러리가 빠졌거나, 사용 중인 기능에 필요한 파일이 패키지에 들어가지 않았습니다.',
      action: '앱 패키지에 이 기능이 요구하는 SDK 라이브러리 파일이 있는지 확인하고, 빠진 파일을 추가하세요.',
    },
  },
  {
    code: 7015,
    name: 'AV_ERR_SDK_NOT_FULL_UPDATE',
    aliases: [],
    category: 'general',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The SDK files come from different versions.',
      cause: 'An upgrade replaced only some of the SDK files, so its modules no longer match.',
      action:
        'Replace every SDK file with the same release. Returned by `gme.init(...)` it is only a warning and can be ignored in release builds.',
    },
    ko: {
      summary: 'SDK 파일들의 버전이 서로 다릅니다.',
      cause: '업그레이드할 때 일부 파일만 바뀌어 모듈끼리 맞지 않습니다.',
      action:
        '모든 SDK 파일을 같은 릴리스로 교체하세요. `gme.init(...)`이 돌려준 경우에는 경고일 뿐이라 릴리스 빌드에서는 무시해도 됩니다.',
    },
  },
  {
    code: 1001,
    name: 'AV_ERR_REPEATED_OPERATION',
    aliases: ['AV_ERR_REPETITIVE_OPERATION'],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The same operation is already in progress.',
      cause:
        'The call was repeated, for example a second EnterRoom or starting a device twice, before the first one finished.',
      action: 'Wait for the running operation to finish, then act on its result.',
    },
    ko: {
      summary: '같은 작업이 이미 진행 중입니다.',
      cause: '첫 호출이 끝나기 전에 같은 호출(예: EnterRoom 두 번, 장치 시작 두 번)을 반복했습니다.',
      action: '진행 중인 작업이 끝날 때까지 기다린 뒤 그 결과에 따라 처리하세요.',
    },
  },
  {
    code: 1002,
    name: 'AV_ERR_EXCLUSIVE_OPERATION',
    aliases: [],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Another operation of the same kind is in progress.',
      cause:
        'A conflicting operation of the same type, such as ExitRoom while EnterRoom runs, started before the first one completed.',
      action: 'Let the pending operation finish, then issue the next one.',
    },
    ko: {
      summary: '같은 종류의 다른 작업이 진행 중입니다.',
      cause:
        'EnterRoom이 진행 중일 때 ExitRoom을 부르는 것처럼, 같은 유형의 작업이 앞 작업이 끝나기 전에 시작되었습니다.',
      action: '대기 중인 작업이 끝난 다음에 다음 작업을 요청하세요.',
    },
  },
  {
    code: 1003,
    name: 'AV_ERR_HAS_IN_THE_STATE',
    aliases: [],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The target is already in the requested state.',
      cause: 'The call asked for a state that already holds, such as entering a room the user is already in.',
      action: 'Treat the operation as successful.',
    },
    ko: {
      summary: '대상이 이미 요청한 상태에 있습니다.',
      cause: '이미 방에 있는데 다시 입장하는 것처럼, 이미 그 상태인데 같은 상태를 요청했습니다.',
      action: '작업이 성공한 것으로 처리하세요.',
    },
  },
  {
    code: 1004,
    name: 'AV_ERR_INVALID_ARGUMENT',
    aliases: [],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'An SDK call received an invalid argument.',
      cause:
        'A parameter is out of its allowed range or of the wrong kind, for example an unsupported room type.',
      action: 'Fix the argument according to the API reference; the unchanged call will fail again.',
    },
    ko: {
      summary: 'SDK 호출에 잘못된 인수가 전달되었습니다.',
      cause: '지원하지 않는 방 유형처럼, 매개변수가 허용 범위를 벗어났거나 형식이 맞지 않습니다.',
      action: 'API 문서에 맞게 인수를 고치세요. 그대로 다시 호출하면 또 실패합니다.',
    },
  },
  {
    code: 1005,
    name: 'AV_ERR_TIMEOUT',
    aliases: [],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The operation produced no result in time.',
      cause:
        'Signalling did not complete within its deadline (30 seconds for room entry), usually because of network trouble.',
      action: 'Check that the device can reach the internet, then call again.',
    },
    ko: {
      summary: '정해진 시간 안에 작업 결과가 오지 않았습니다.',
      cause: '시그널링이 제한 시간(방 입장은 30초) 안에 끝나지 않았으며, 대개 네트워크 문제 때문입니다.',
      action: '기기가 인터넷에 연결되는지 확인한 뒤 다시 호출하세요.',
    },
  },
  {
    code: 1006,
    name: 'AV_ERR_NOT_IMPLEMENTED',
    aliases: [],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The requested feature is not supported by this SDK.',
      cause: 'The API exists, but this platform or SDK build does not implement it.',
      action: 'Use another approach; calling again gives the same result.',
    },
    ko: {
      summary: '이 SDK는 요청한 기능을 지원하지 않습니다.',
      cause: 'API는 있지만 이 플랫폼이나 SDK 빌드에는 구현되어 있지 않습니다.',
      action: '다른 방법을 쓰세요. 다시 호출해도 결과는 같습니다.',
    },
  },
  {
    code: 1007,
    name: 'AV_ERR_NOT_IN_MAIN_THREAD',
    aliases: ['AV_ERR_NOT_ON_MAIN_THREAD'],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'An SDK function was called from the wrong thread.',
      cause: 'GME expects every call on one thread (the main thread), and this one came from another thread.',
      action:
        'Make every GME call from that one main thread and create the client there: it calls Poll on the thread it runs on.',
    },
    ko: {
      summary: 'SDK 함수를 잘못된 스레드에서 호출했습니다.',
      cause:
        'GME는 모든 호출을 한 스레드(메인 스레드)에서 받아야 하는데, 이 호출은 다른 스레드에서 왔습니다.',
      action:
        '모든 GME 호출을 같은 메인 스레드에서 하고 클라이언트도 그 스레드에서 만드세요. 클라이언트는 자신이 실행되는 스레드에서 Poll을 호출합니다.',
    },
  },
  {
    code: 1008,
    name: 'AV_ERR_RESOURCE_IS_OCCUPIED',
    aliases: [],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: 'A device or resource the SDK needs is in use.',
      cause: 'Something else already holds the resource, such as a camera or the screen.',
      action:
        'Find out which resource is busy and release it, or use the feature when nothing else holds it.',
    },
    ko: {
      summary: 'SDK에 필요한 장치나 리소스가 사용 중입니다.',
      cause: '카메라나 화면 같은 리소스를 다른 곳에서 이미 점유하고 있습니다.',
      action: '어떤 리소스가 점유되었는지 찾아 해제하거나, 점유가 풀린 뒤 기능을 사용하세요.',
    },
  },
  {
    code: 1101,
    name: 'AV_ERR_CONTEXT_NOT_EXIST',
    aliases: ['AV_ERR_CONTEXT_NOT_START'],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The SDK context has not been started.',
      cause:
        'The API needs a started context: Init was not called or failed, the call came from another thread, or Poll is not being called.',
      action:
        'Call `gme.init(...)` first and keep every call on one thread. The client calls Poll by itself; only a client made with `poll: false` needs the game loop to call Poll regularly.',
    },
    ko: {
      summary: 'SDK 컨텍스트가 시작되지 않았습니다.',
      cause:
        '이 API는 시작된 컨텍스트가 필요한데, Init을 호출하지 않았거나 실패했거나, 다른 스레드에서 호출했거나, Poll을 호출하지 않고 있습니다.',
      action:
        '먼저 `gme.init(...)`을 호출하고 모든 호출을 한 스레드에서 하세요. 클라이언트가 Poll을 스스로 호출하며, `poll: false`로 만든 클라이언트만 게임 루프에서 Poll을 주기적으로 호출해야 합니다.',
    },
  },
  {
    code: 1102,
    name: 'AV_ERR_CONTEXT_NOT_STOPPED',
    aliases: [],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The SDK context is still running.',
      cause:
        'An API that needs a stopped context, such as destroying it, was called before the context stopped.',
      action: 'Stop the context and wait until that completes before making the call.',
    },
    ko: {
      summary: 'SDK 컨텍스트가 아직 실행 중입니다.',
      cause: '컨텍스트 제거처럼 정지된 컨텍스트가 필요한 API를 정지되기 전에 호출했습니다.',
      action: '컨텍스트를 정지하고 완료될 때까지 기다린 다음 호출하세요.',
    },
  },
  {
    code: 1201,
    name: 'AV_ERR_ROOM_NOT_EXIST',
    aliases: [],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The call needs a room, but the user has not entered one.',
      cause:
        'A room-only API, such as the in-room microphone or speaker, was used before room entry succeeded.',
      action: 'Enter a room and wait for the entry event before using room features.',
    },
    ko: {
      summary: '방이 필요한 호출인데 사용자가 아직 방에 들어가지 않았습니다.',
      cause: '방 입장이 성공하기 전에 방 안에서만 쓰는 API(예: 방의 마이크·스피커)를 사용했습니다.',
      action: '방에 들어가 입장 이벤트를 받은 다음 방 기능을 사용하세요.',
    },
  },
  {
    code: 1202,
    name: 'AV_ERR_ROOM_NOT_EXITED',
    aliases: [],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The user has not left the room yet.',
      cause:
        'An API that requires being out of the room, such as stopping the context, was called while still in it.',
      action: 'Exit the room and wait for the exit event first.',
    },
    ko: {
      summary: '사용자가 아직 방에서 나가지 않았습니다.',
      cause: '컨텍스트 정지처럼 방 밖에서만 호출할 수 있는 API를 방 안에 있는 동안 호출했습니다.',
      action: '먼저 방에서 나가고 퇴장 이벤트를 기다리세요.',
    },
  },
  {
    code: 1301,
    name: 'AV_ERR_DEVICE_NOT_EXIST',
    aliases: [],
    category: 'client',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The audio device does not exist or is not ready.',
      cause:
        'The device id is wrong, the device was unplugged, or it was used before its initialisation finished.',
      action:
        'Check that the device is present and its id is right, and use it only after it has initialised.',
    },
    ko: {
      summary: '오디오 장치가 없거나 준비되지 않았습니다.',
      cause: '장치 ID가 틀렸거나, 장치가 분리되었거나, 초기화가 끝나기 전에 사용했습니다.',
      action: '장치가 연결되어 있고 ID가 맞는지 확인하고, 초기화가 끝난 뒤에 사용하세요.',
    },
  },
  {
    code: 1401,
    name: 'AV_ERR_ENDPOINT_NOT_EXIST',
    aliases: [],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: 'No endpoint object exists for that member.',
      cause: 'The member is not sending audio or video, so the SDK holds no endpoint for them.',
      action: "Query a member's endpoint only after they have started sending.",
    },
    ko: {
      summary: '해당 구성원의 엔드포인트 객체가 없습니다.',
      cause: '구성원이 음성이나 영상을 보내고 있지 않아 SDK에 엔드포인트가 없습니다.',
      action: '구성원이 송출을 시작한 뒤에만 엔드포인트를 조회하세요.',
    },
  },
  {
    code: 1402,
    name: 'AV_ERR_ENDPOINT_HAS_NOT_VIDEO',
    aliases: [],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: 'The member is not sending video.',
      cause:
        "A video-only operation, such as requesting the member's picture, targeted someone without video.",
      action: 'Wait until the member starts video before requesting it.',
    },
    ko: {
      summary: '구성원이 영상을 보내고 있지 않습니다.',
      cause: '영상이 없는 구성원에게 화면 요청 같은 영상 전용 작업을 했습니다.',
      action: '구성원이 영상을 켤 때까지 기다렸다가 요청하세요.',
    },
  },
  {
    code: 1501,
    name: 'AV_ERR_TINYID_TO_OPENID_FAILED',
    aliases: [],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: "A member's internal id could not be mapped to an open id.",
      cause:
        'After a member update, converting the tinyid to an identifier failed in the IM library or on the network.',
      action: 'Check the network and the IM SDK logs for the failed conversion.',
    },
    ko: {
      summary: '구성원의 내부 ID(tinyid)를 오픈 ID로 바꾸지 못했습니다.',
      cause: '구성원 정보가 갱신된 뒤 IM 라이브러리나 네트워크 문제로 tinyid 변환이 실패했습니다.',
      action: '네트워크 상태와 IM SDK 로그에서 변환이 실패한 원인을 확인하세요.',
    },
  },
  {
    code: 1502,
    name: 'AV_ERR_OPENID_TO_TINYID_FAILED',
    aliases: [],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: 'The open id could not be mapped to an internal id.',
      cause:
        'While the context was starting, converting the identifier to a tinyid failed: IM library or network trouble, or the IM login had not succeeded.',
      action: 'Check the network and the IM logs, and make sure the IM login succeeded first.',
    },
    ko: {
      summary: '오픈 ID를 내부 ID(tinyid)로 바꾸지 못했습니다.',
      cause:
        '컨텍스트를 시작하는 중에 IM 라이브러리나 네트워크 문제, 또는 IM 로그인 미완료로 변환에 실패했습니다.',
      action: '네트워크와 IM 로그를 확인하고, IM 로그인이 먼저 성공했는지 확인하세요.',
    },
  },
  {
    code: 1601,
    name: 'AV_ERR_DEVICE_TEST_NOT_EXIST',
    aliases: [],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: 'The device test has not been started.',
      cause: 'An API that needs a running device test was called while no test was running.',
      action: 'Start the device test before making the call.',
    },
    ko: {
      summary: '장치 테스트가 시작되지 않았습니다.',
      cause: '장치 테스트가 실행 중이어야 하는 API를 테스트가 없을 때 호출했습니다.',
      action: '장치 테스트를 먼저 시작한 뒤 호출하세요.',
    },
  },
  {
    code: 1602,
    name: 'AV_ERR_DEVICE_TEST_NOT_STOPPED',
    aliases: [],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: 'The device test is still running.',
      cause:
        'An API that needs the device test stopped, such as stopping the context, was called during a test.',
      action: 'Stop the device test first.',
    },
    ko: {
      summary: '장치 테스트가 아직 실행 중입니다.',
      cause: '컨텍스트 정지처럼 장치 테스트가 멈춘 상태에서만 되는 API를 테스트 도중에 호출했습니다.',
      action: '먼저 장치 테스트를 중지하세요.',
    },
  },
  /** Misspelled in the Korean table (INVITET); the English and Chinese pages spell it AV_ERR_INVITE_FAILED. */
  {
    code: 1801,
    name: 'AV_ERR_INVITET_FAILED',
    aliases: ['AV_ERR_INVITE_FAILED'],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: 'Sending an invitation failed.',
      cause: 'The invitation module is a demo feature that is not offered to apps.',
      action: 'Ignore this code and do not build on the invitation feature.',
    },
    ko: {
      summary: '초대를 보내지 못했습니다.',
      cause: '초대 모듈은 데모용 기능이라 앱에는 제공되지 않습니다.',
      action: '이 코드는 무시하고, 초대 기능에 의존하지 마세요.',
    },
  },
  /** Misspelled in the Korean table (ACCEPTT); the English and Chinese pages spell it AV_ERR_ACCEPT_FAILED. */
  {
    code: 1802,
    name: 'AV_ERR_ACCEPTT_FAILED',
    aliases: ['AV_ERR_ACCEPT_FAILED'],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: 'Accepting an invitation failed.',
      cause: 'Accepting belongs to the same demo-only invitation module.',
      action: 'Ignore it: the invitation flow is not supported.',
    },
    ko: {
      summary: '초대를 수락하지 못했습니다.',
      cause: '초대 수락도 데모 전용 초대 모듈에 속한 기능입니다.',
      action: '무시하세요. 초대 흐름은 지원되지 않습니다.',
    },
  },
  /** Absent from the 2023 English page, like 1801 and 1802. */
  {
    code: 1803,
    name: 'AV_ERR_REFUSE_FAILED',
    aliases: [],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: 'Declining an invitation failed.',
      cause: 'Declining is also part of the demo-only invitation module.',
      action: 'Ignore it; no game logic should depend on invitations.',
    },
    ko: {
      summary: '초대를 거절하지 못했습니다.',
      cause: '거절 역시 데모 전용 초대 모듈의 기능입니다.',
      action: '무시하세요. 게임 로직이 초대 기능에 기대서는 안 됩니다.',
    },
  },
  {
    code: 2001,
    name: 'QAV_ERR_NOT_TRY_NEW_ROOM',
    aliases: [],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: 'The room switch failed; the user is still in the old room.',
      cause: 'Switching to the target room did not succeed, but the SDK kept the current room.',
      action: 'Carry on in the current room, and switch again later if needed.',
    },
    ko: {
      summary: '방 전환에 실패했으며 사용자는 기존 방에 그대로 있습니다.',
      cause: '대상 방으로 옮기지 못했지만 SDK가 현재 방을 유지했습니다.',
      action: '현재 방을 계속 쓰고, 필요하면 나중에 다시 전환하세요.',
    },
  },
  {
    code: 2002,
    name: 'QAV_ERR_TRY_NEW_ROOM_FAILED',
    aliases: [],
    category: 'client',
    tables: ['gme-2022'],
    en: {
      summary: 'The room switch failed and the old room was left.',
      cause: 'The SDK tried the target room, failed, and had already exited the original room.',
      action: 'The user is now in no room: enter a room again.',
    },
    ko: {
      summary: '방 전환에 실패했고 기존 방에서도 나갔습니다.',
      cause: 'SDK가 대상 방 입장을 시도했다가 실패했고, 원래 방은 이미 나간 상태입니다.',
      action: '지금은 어느 방에도 없으므로 방에 다시 입장하세요.',
    },
  },
  {
    code: 10001,
    name: 'AV_ERR_SERVER_FAILED',
    aliases: ['AV_ERR_SERVER_FAIL'],
    category: 'server',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The GME server reported a general failure.',
      cause:
        'The backend rejected the request; its real code is in the SDK log. Common reasons: a wrong AppID, open id or auth buffer, an account in arrears, or a restricted network.',
      action:
        'Compare the room-entry parameters with the console, check the account status and the backend code in the log, then call again.',
    },
    ko: {
      summary: 'GME 서버가 일반 오류를 보고했습니다.',
      cause:
        '백엔드가 요청을 거부했으며 실제 코드는 SDK 로그에 있습니다. 흔한 원인은 잘못된 AppID·오픈 ID·인증 버퍼, 계정 연체, 제한된 네트워크입니다.',
      action:
        '방 입장 매개변수를 콘솔 설정과 대조하고, 계정 상태와 로그의 백엔드 코드를 확인한 뒤 다시 호출하세요.',
    },
  },
  {
    code: 10002,
    name: 'AV_ERR_SERVER_INVALID_ARGUMENT',
    aliases: [],
    category: 'server',
    tables: ['gme-2022'],
    en: {
      summary: 'The GME server rejected a parameter.',
      cause: 'A value passed to an SDK API, or carried in SDK signalling, was invalid for the server.',
      action:
        'Verify the arguments of the call, and read the backend code in the log before asking GME support.',
    },
    ko: {
      summary: 'GME 서버가 매개변수를 거부했습니다.',
      cause: 'SDK API에 넘긴 값이나 SDK 시그널링에 담긴 값이 서버 기준으로 올바르지 않습니다.',
      action: '호출 인수를 확인하고, GME 지원팀에 문의하기 전에 로그의 백엔드 코드를 확인하세요.',
    },
  },
  {
    code: 10003,
    name: 'AV_ERR_SERVER_NO_PERMISSION',
    aliases: [],
    category: 'server',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The GME server denied permission.',
      cause:
        'The credentials in the request were rejected, for example an invalid or expired signature at room entry.',
      action: 'Check the AppID and key, generate a new auth buffer, and try again with it.',
    },
    ko: {
      summary: 'GME 서버가 권한을 거부했습니다.',
      cause:
        '요청에 담긴 자격 증명이 거부되었습니다. 예를 들어 방 입장 때 서명이 잘못되었거나 만료되었습니다.',
      action: 'AppID와 키를 확인하고 새 인증 버퍼를 만들어 다시 시도하세요.',
    },
    in2023: {
      name: 'AV_ERR_SERVER_NO_PERMISSION',
      en: {
        summary: 'The user was removed from the voice chat room.',
        cause: "The server ended this user's presence in the room.",
        action: 'Do not re-enter automatically; let the game decide whether the user may join again.',
      },
      ko: {
        summary: '사용자가 음성 채팅 방에서 내보내졌습니다.',
        cause: '서버가 이 사용자를 방에서 제거했습니다.',
        action: '자동으로 다시 입장하지 말고, 재입장 여부는 게임 로직이 정하게 하세요.',
      },
    },
  },
  {
    code: 10004,
    name: 'AV_ERR_SERVER_TIMEOUT',
    aliases: ['AV_ERR_SERVER_REQUEST_ROOM_ADDRESS_FAIL'],
    category: 'server',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The GME server did not answer in time.',
      cause: 'A server-side step did not return its result within the allowed time.',
      action: 'Find the backend code in the log; if it keeps happening, send the log to GME support.',
    },
    ko: {
      summary: 'GME 서버가 제시간에 응답하지 않았습니다.',
      cause: '서버 측 처리 단계가 허용된 시간 안에 결과를 돌려주지 않았습니다.',
      action: '로그에서 백엔드 코드를 찾고, 계속 발생하면 로그를 GME 지원팀에 보내세요.',
    },
    in2023: {
      name: 'AV_ERR_SERVER_REQUEST_ROOM_ADDRESS_FAIL',
      en: {
        summary: 'Room entry failed: the room server address could not be obtained.',
        cause: 'The request for the address of the voice room server failed.',
        action:
          'If it keeps happening, collect the SDK log as the troubleshooting guide describes and send it to GME support.',
      },
      ko: {
        summary: '방 입장 실패: 방 서버 주소를 받지 못했습니다.',
        cause: '음성 방 서버의 주소를 요청했지만 실패했습니다.',
        action: '반복되면 문제 해결 가이드에 따라 SDK 로그를 모아 GME 지원팀에 보내세요.',
      },
    },
  },
  {
    code: 10005,
    name: 'AV_ERR_SERVER_ALLOC_RESOURCE_FAILED',
    aliases: ['AV_ERR_SERVER_CONNECT_ROOM_FAIL'],
    category: 'server',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The GME server could not allocate resources for the request.',
      cause:
        'A network error occurred during the operation; invalid room-entry parameters or a private network that blocks the GME servers are common reasons.',
      action:
        'Validate the AppID, open id and auth buffer; on a private network, check that the GME server addresses are reachable.',
    },
    ko: {
      summary: 'GME 서버가 요청에 필요한 리소스를 할당하지 못했습니다.',
      cause:
        '작업 중 네트워크 오류가 났습니다. 방 입장 매개변수가 잘못되었거나 내부망이 GME 서버를 막는 경우가 흔합니다.',
      action:
        'AppID, 오픈 ID, 인증 버퍼를 확인하고, 내부망이라면 GME 서버 주소에 접속할 수 있는지 확인하세요.',
    },
    in2023: {
      name: 'AV_ERR_SERVER_CONNECT_ROOM_FAIL',
      en: {
        summary: 'Room entry failed: the room server could not be connected.',
        cause:
          'The connection to the voice room server was refused or broke, most often because of wrong arguments.',
        action:
          'Check the room-entry arguments; if they are right, collect the SDK log and send it to GME support.',
      },
      ko: {
        summary: '방 입장 실패: 방 서버에 연결하지 못했습니다.',
        cause: '음성 방 서버와의 연결이 거부되거나 끊겼으며, 인수가 잘못된 경우가 가장 많습니다.',
        action: '방 입장 인수를 확인하고, 맞는데도 실패하면 SDK 로그를 모아 GME 지원팀에 보내세요.',
      },
    },
  },
  {
    code: 10006,
    name: 'AV_ERR_SERVER_ID_NOT_IN_ROOM',
    aliases: [],
    category: 'server',
    tables: ['gme-2022'],
    en: {
      summary: 'The server says the user is not in the room.',
      cause: 'A room operation reached the server for a user who is not, or no longer, in that room.',
      action: 'Use room features only between a successful entry and the exit.',
    },
    ko: {
      summary: '서버 기준으로 사용자가 방에 없습니다.',
      cause: '방에 없거나 이미 나간 사용자의 방 작업 요청이 서버에 도착했습니다.',
      action: '방 기능은 입장에 성공한 뒤부터 퇴장하기 전까지만 사용하세요.',
    },
  },
  /** The 2.9.15 C++ header reuses 10007 as AV_ERR_SERVER_ROOM_DISSOLVED (room dissolved for overuse); this entry follows the 2022 table. */
  {
    code: 10007,
    name: 'AV_ERR_SERVER_NOT_IMPLEMENT',
    aliases: [],
    category: 'server',
    tables: ['gme-2022'],
    en: {
      summary: 'The server does not implement the requested feature.',
      cause: 'The backend has no support for what the API asked for.',
      action: 'Look for another way to achieve it; retrying will not help.',
    },
    ko: {
      summary: '서버가 요청한 기능을 구현하지 않았습니다.',
      cause: '백엔드가 API가 요청한 기능을 지원하지 않습니다.',
      action: '다른 방법을 찾으세요. 재시도해도 소용없습니다.',
    },
  },
  {
    code: 10008,
    name: 'AV_ERR_SERVER_REPEATED_OPERATION',
    aliases: [],
    category: 'server',
    tables: ['gme-2022'],
    en: {
      summary: 'The server is already handling an operation of the same kind.',
      cause: 'A request was sent while the server was still processing a similar one.',
      action: 'Wait for the earlier request to finish before sending the next.',
    },
    ko: {
      summary: '서버가 같은 종류의 작업을 이미 처리하고 있습니다.',
      cause: '비슷한 요청을 서버가 아직 처리하는 중에 요청을 또 보냈습니다.',
      action: '앞의 요청이 끝난 뒤에 다음 요청을 보내세요.',
    },
  },
  {
    code: 10009,
    name: 'AV_ERR_SERVER_ROOM_NOT_EXIST',
    aliases: [],
    category: 'server',
    tables: ['gme-2022'],
    en: {
      summary: 'The room does not exist on the server.',
      cause: 'The operation targeted a room the server does not know: never created or already closed.',
      action: 'Make sure the room has been entered and is still open before acting on it.',
    },
    ko: {
      summary: '서버에 해당 방이 없습니다.',
      cause: '서버가 모르는 방, 즉 만들어진 적이 없거나 이미 닫힌 방에 작업을 요청했습니다.',
      action: '작업하기 전에 방에 입장했는지, 방이 아직 열려 있는지 확인하세요.',
    },
  },
  {
    code: 10010,
    name: 'AV_ERR_SERVER_ENDPOINT_NOT_EXIST',
    aliases: [],
    category: 'server',
    tables: ['gme-2022'],
    en: {
      summary: 'The server does not know the member concerned.',
      cause: 'An operation referred to a room member who does not exist on the server.',
      action: 'Read the backend code in the log and check which member id was used.',
    },
    ko: {
      summary: '서버가 해당 구성원을 알지 못합니다.',
      cause: '서버에 존재하지 않는 방 구성원을 대상으로 작업했습니다.',
      action: '로그의 백엔드 코드를 확인하고 어떤 구성원 ID를 썼는지 점검하세요.',
    },
  },
  {
    code: 10011,
    name: 'AV_ERR_SERVER_INVALID_ABILITY',
    aliases: [],
    category: 'server',
    tables: ['gme-2022'],
    en: {
      summary: 'The server rejected the requested capability.',
      cause:
        'The backend considers a capability in the request invalid; only the backend code in the log tells why.',
      action: 'Find the backend code in the SDK log and send it, with the log, to GME support.',
    },
    ko: {
      summary: '서버가 요청한 기능(능력) 값을 거부했습니다.',
      cause:
        '백엔드가 요청에 담긴 기능 값을 유효하지 않다고 보았으며, 정확한 이유는 로그의 백엔드 코드로만 알 수 있습니다.',
      action: 'SDK 로그에서 백엔드 코드를 찾아 로그와 함께 GME 지원팀에 보내세요.',
    },
  },
  {
    code: 4097,
    name: 'QAVPTTERROR_RECORDER_PARAM_NULL',
    aliases: ['VOICE_RECORDER_PARAM_NULL'],
    category: 'recorder',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The recording call received an empty parameter.',
      cause: 'A required argument of the recording API, such as the file path, was empty.',
      action: 'Pass every required argument, in particular a non-empty, writable file path.',
    },
    ko: {
      summary: '녹음 호출에 빈 매개변수가 전달되었습니다.',
      cause: '파일 경로처럼 녹음 API에 꼭 필요한 인수가 비어 있습니다.',
      action: '필수 인수를 모두 채워 넘기세요. 특히 비어 있지 않고 쓸 수 있는 파일 경로가 필요합니다.',
    },
    in2023: { name: 'VOICE_RECORDER_PARAM_NULL' },
  },
  {
    code: 4098,
    name: 'QAVPTTERROR_RECORDER_INIT_ERROR',
    aliases: ['VOICE_RECORDER_INIT_ERROR'],
    category: 'recorder',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The voice-message recorder failed to initialise.',
      cause: 'The microphone is busy, the permission is missing, or SDK initialisation is incomplete.',
      action:
        'Check that no other app holds the microphone, that the permission is granted and that `gme.init(...)` succeeded.',
    },
    ko: {
      summary: '음성 메시지 녹음기를 초기화하지 못했습니다.',
      cause: '마이크를 다른 곳에서 쓰고 있거나, 권한이 없거나, SDK 초기화가 끝나지 않았습니다.',
      action:
        '다른 앱이 마이크를 쓰고 있지 않은지, 권한이 허용되었는지, `gme.init(...)`이 성공했는지 확인하세요.',
    },
    in2023: { name: 'VOICE_RECORDER_INIT_ERROR' },
  },
  {
    code: 4099,
    name: 'QAVPTTERROR_RECORDER_RECORDING_ERR',
    aliases: ['VOICE_RECORDER_RECORDING_ERROR'],
    category: 'recorder',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'A voice-message recording is already running.',
      cause: 'Recording was started again before the previous one stopped and reported its result.',
      action: 'Keep to the order start, stop, wait for the callback, and only then start the next recording.',
    },
    ko: {
      summary: '음성 메시지 녹음이 이미 진행 중입니다.',
      cause: '이전 녹음이 멈추고 결과를 알리기 전에 녹음을 다시 시작했습니다.',
      action: '시작, 중지, 콜백 대기 순서를 지키고 그다음에 새 녹음을 시작하세요.',
    },
    in2023: { name: 'VOICE_RECORDER_RECORDING_ERROR' },
  },
  {
    code: 4100,
    name: 'QAVPTTERROR_RECORDER_NODATA_ERR',
    aliases: ['VOICE_RECORDER_NO_AUDIO_DATA_WARN'],
    category: 'recorder',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The recording captured no audio.',
      cause: 'The microphone delivered no data because it is muted, disconnected or faulty.',
      action: 'Check that the microphone works and is not muted, then record again.',
    },
    ko: {
      summary: '녹음에 오디오가 전혀 담기지 않았습니다.',
      cause: '마이크가 음소거되었거나 분리되었거나 고장 나서 데이터가 들어오지 않았습니다.',
      action: '마이크가 정상이고 음소거 상태가 아닌지 확인한 뒤 다시 녹음하세요.',
    },
    in2023: { name: 'VOICE_RECORDER_NO_AUDIO_DATA_WARN' },
  },
  {
    code: 4101,
    name: 'QAVPTTERROR_RECORDER_OPENFILE_ERR',
    aliases: ['VOICE_RECORDER_OPENFILE_ERROR'],
    category: 'recorder',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The recording file could not be opened.',
      cause: 'The target path is invalid or the app may not write there.',
      action: 'Record into an existing, writable directory with a valid file name.',
    },
    ko: {
      summary: '녹음 파일을 열 수 없습니다.',
      cause: '저장 경로가 잘못되었거나 앱이 쓸 수 없는 위치입니다.',
      action: '존재하고 쓰기가 가능한 디렉터리에 올바른 파일 이름으로 녹음하세요.',
    },
    in2023: { name: 'VOICE_RECORDER_OPENFILE_ERROR' },
  },
  {
    code: 4102,
    name: 'QAVPTTERROR_RECORDER_PERMISSION_MIC_ERR',
    aliases: ['VOICE_RECORDER_MIC_PERMISSION_ERROR'],
    category: 'recorder',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Microphone permission has not been granted.',
      cause:
        'The operating system denied the app access to the microphone, or the project never declared the permission.',
      action:
        'Do not retry; declare the permission in the project and ask the player to allow microphone access.',
    },
    ko: {
      summary: '마이크 권한이 허용되지 않았습니다.',
      cause: '운영체제가 앱의 마이크 접근을 거부했거나, 프로젝트에 권한이 선언되어 있지 않습니다.',
      action:
        '재시도하지 말고, 프로젝트에 권한을 선언한 뒤 플레이어에게 마이크 접근을 허용해 달라고 요청하세요.',
    },
    in2023: { name: 'VOICE_RECORDER_MIC_PERMISSION_ERROR' },
  },
  {
    code: 4103,
    name: 'QAVPTTERROR_RECORDER_AUDIO_TOO_SHORT',
    aliases: ['VOICE_RECORD_AUDIO_TOO_SHORT'],
    category: 'recorder',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The recording was shorter than one second.',
      cause: 'Recording stopped less than 1000 ms after it started, which GME rejects.',
      action: 'Do not retry; ask the player to hold the record button for at least one second.',
    },
    ko: {
      summary: '녹음이 1초보다 짧았습니다.',
      cause: '녹음을 시작하고 1000ms가 지나기 전에 중지되어 GME가 받아들이지 않습니다.',
      action: '재시도하지 말고, 녹음 버튼을 1초 이상 누르도록 플레이어에게 안내하세요.',
    },
    in2023: { name: 'VOICE_RECORD_AUDIO_TOO_SHORT' },
  },
  {
    code: 4104,
    name: 'QAVPTTERROR_RECORDER_RECORD_NOT_START',
    aliases: ['VOICE_RECORD_NOT_START'],
    category: 'recorder',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'No recording was started.',
      cause: 'A stop was requested although no recording is running.',
      action: 'Start a recording successfully before stopping it.',
    },
    ko: {
      summary: '시작된 녹음이 없습니다.',
      cause: '진행 중인 녹음이 없는데 중지를 요청했습니다.',
      action: '녹음을 성공적으로 시작한 다음에 중지하세요.',
    },
    in2023: { name: 'VOICE_RECORD_NOT_START' },
  },
  {
    code: 8193,
    name: 'QAVPTTERROR_UPLOAD_FILE_ACCESSERROR',
    aliases: ['VOICE_UPLOAD_FILE_ACCESSERROR'],
    category: 'upload',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The file to upload could not be read.',
      cause: 'The local recording file is missing or its path is wrong.',
      action: 'Upload the path reported by the record-complete event, and make sure the file still exists.',
    },
    ko: {
      summary: '업로드할 파일을 읽을 수 없습니다.',
      cause: '로컬 녹음 파일이 없거나 경로가 틀렸습니다.',
      action: '녹음 완료 이벤트가 알려 준 경로를 업로드하고, 파일이 아직 남아 있는지 확인하세요.',
    },
    in2023: { name: 'VOICE_UPLOAD_FILE_ACCESSERROR' },
  },
  {
    code: 8194,
    name: 'QAVPTTERROR_UPLOAD_SIGN_CHECK_FAIL',
    aliases: ['VOICE_UPLOAD_SIGN_CHECK_FAIL'],
    category: 'upload',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The upload failed its signature check.',
      cause:
        'The voice-message auth buffer is wrong or expired, or it was made for an open id other than the one given to Init.',
      action:
        'Call `gme.applyPttAuthbuffer(...)` again with a fresh buffer for the open id given to `gme.init(...)`, then retry the upload.',
    },
    ko: {
      summary: '업로드 서명 검증에 실패했습니다.',
      cause:
        '음성 메시지 인증 버퍼가 잘못되었거나 만료되었거나, Init에 준 것과 다른 오픈 ID로 만들어졌습니다.',
      action:
        '`gme.init(...)`에 준 오픈 ID로 새 버퍼를 만들어 `gme.applyPttAuthbuffer(...)`를 다시 호출한 뒤 업로드를 재시도하세요.',
    },
    in2023: { name: 'VOICE_UPLOAD_SIGN_CHECK_FAIL' },
  },
  {
    code: 8195,
    name: 'QAVPTTERROR_UPLOAD_COS_INTERNAL_FAIL',
    aliases: ['VOICE_UPLOAD_COS_INTERNAL_FAIL'],
    category: 'upload',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Uploading to cloud storage failed.',
      cause: 'A network or storage error interrupted the file transfer.',
      action: 'Usually transient: check the connection and retry the upload.',
    },
    ko: {
      summary: '클라우드 저장소로 업로드하지 못했습니다.',
      cause: '네트워크나 저장소 오류로 파일 전송이 중단되었습니다.',
      action: '대개 일시적이므로 연결을 확인하고 업로드를 다시 시도하세요.',
    },
    in2023: { name: 'VOICE_UPLOAD_COS_INTERNAL_FAIL' },
  },
  {
    code: 8196,
    name: 'QAVPTTERROR_UPLOAD_GET_TOKEN_NETWORK_FAIL',
    aliases: ['VOICE_UPLOAD_GET_TOKEN_NETWORK_FAIL'],
    category: 'upload',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Fetching the upload credentials failed on the network.',
      cause: 'The HTTP request for the upload parameters could not reach the server.',
      action: 'Check internet access and the auth buffer, then retry.',
    },
    ko: {
      summary: '업로드 자격 정보를 가져오다가 네트워크 오류가 났습니다.',
      cause: '업로드 매개변수를 받는 HTTP 요청이 서버에 닿지 못했습니다.',
      action: '인터넷 연결과 인증 버퍼를 확인한 뒤 다시 시도하세요.',
    },
    in2023: { name: 'VOICE_UPLOAD_GET_TOKEN_NETWORK_FAIL' },
  },
  {
    code: 8197,
    name: 'QAVPTTERROR_UPLOAD_SYSTEM_INNER_ERROR',
    aliases: ['VOICE_UPLOAD_SYSTEM_INNER_ERROR'],
    category: 'upload',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The server sent an empty reply to the request for upload parameters.',
      cause: 'An internal server error or a network problem left the response without data.',
      action: 'Mostly transient: retry after a short delay, and check the auth buffer if it persists.',
    },
    ko: {
      summary: '업로드 매개변수 요청에 서버가 빈 응답을 보냈습니다.',
      cause: '서버 내부 오류나 네트워크 문제로 응답에 데이터가 없습니다.',
      action: '대부분 일시적이므로 잠시 뒤 다시 시도하고, 계속되면 인증 버퍼를 확인하세요.',
    },
    in2023: { name: 'VOICE_UPLOAD_SYSTEM_INNER_ERROR' },
  },
  {
    code: 8198,
    name: 'QAVPTTERROR_UPLOAD_RSP_DATA_DECODE_FAIL',
    aliases: ['VOICE_UPLOAD_RSP_DATA_DECODE_FAIL'],
    category: 'upload',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The reply carrying the upload parameters could not be decoded.',
      cause: 'The response was malformed, often because a proxy or an unstable network altered it.',
      action: 'Retry the upload; if it keeps failing, check the network path and the auth buffer.',
    },
    ko: {
      summary: '업로드 매개변수가 담긴 응답을 해석하지 못했습니다.',
      cause: '응답 형식이 깨졌으며, 프록시나 불안정한 네트워크가 내용을 바꾼 경우가 많습니다.',
      action: '업로드를 다시 시도하고, 계속 실패하면 네트워크 경로와 인증 버퍼를 확인하세요.',
    },
    in2023: { name: 'VOICE_UPLOAD_RSP_DATA_DECODE_FAIL' },
  },
  {
    code: 8200,
    name: 'QAVPTTERROR_UPLOAD_APPINFO_UNSET',
    aliases: ['VOICE_UPLOAD_APPINFO_UNSET'],
    category: 'upload',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'An upload was attempted before voice-message authentication was set.',
      cause:
        '`gme.applyPttAuthbuffer(...)` (ApplyPTTAuthbuffer) was not called, or it was called with an empty buffer.',
      action: 'Call `gme.applyPttAuthbuffer(...)` with a valid buffer before uploading.',
    },
    ko: {
      summary: '음성 메시지 인증을 설정하기 전에 업로드를 시도했습니다.',
      cause: '`gme.applyPttAuthbuffer(...)`(ApplyPTTAuthbuffer)를 호출하지 않았거나 빈 버퍼로 호출했습니다.',
      action: '업로드하기 전에 올바른 버퍼로 `gme.applyPttAuthbuffer(...)`를 호출하세요.',
    },
    in2023: { name: 'VOICE_UPLOAD_APPINFO_UNSET' },
  },
  {
    code: 12289,
    name: 'QAVPTTERROR_DOWNLOAD_FILE_ACCESSERROR',
    aliases: ['VOICE_DOWNLOAD_FILE_ACCESS_ERROR'],
    category: 'download',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The downloaded file could not be written locally.',
      cause: 'The destination path is invalid or not writable.',
      action: 'Download to a valid path inside a writable directory.',
    },
    ko: {
      summary: '내려받은 파일을 로컬에 저장하지 못했습니다.',
      cause: '저장할 경로가 잘못되었거나 쓸 수 없는 위치입니다.',
      action: '쓰기가 가능한 디렉터리 안의 올바른 경로로 내려받으세요.',
    },
    in2023: { name: 'VOICE_DOWNLOAD_FILE_ACCESS_ERROR' },
  },
  {
    code: 12290,
    name: 'QAVPTTERROR_DOWNLOAD_SIGN_CHECK_FAIL',
    aliases: ['VOICE_DOWNLOAD_SIGN_CHECK_FAIL'],
    category: 'download',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The download failed its signature check.',
      cause:
        'The voice-message auth buffer is invalid or expired, or its open id differs from the one passed to Init.',
      action:
        'Apply a fresh buffer with `gme.applyPttAuthbuffer(...)` (same open id as in `gme.init(...)`) and download again.',
    },
    ko: {
      summary: '다운로드 서명 검증에 실패했습니다.',
      cause: '음성 메시지 인증 버퍼가 잘못되었거나 만료되었거나, 버퍼의 오픈 ID가 Init에 넘긴 것과 다릅니다.',
      action:
        '`gme.applyPttAuthbuffer(...)`로 새 버퍼(`gme.init(...)`과 같은 오픈 ID)를 적용한 뒤 다시 내려받으세요.',
    },
    in2023: { name: 'VOICE_DOWNLOAD_SIGN_CHECK_FAIL' },
  },
  {
    code: 12291,
    name: 'QAVPTTERROR_DOWNLOAD_COS_INTERNAL_FAIL',
    aliases: ['VOICE_DOWNLOAD_COS_INTERNAL_FAIL'],
    category: 'download',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Fetching the voice file from cloud storage failed.',
      cause: 'A network or storage error occurred, or the file id is wrong.',
      action: 'Check the file id and the connection; when both are fine a retry usually succeeds.',
    },
    ko: {
      summary: '클라우드 저장소에서 음성 파일을 가져오지 못했습니다.',
      cause: '네트워크나 저장소 오류가 났거나 파일 ID가 잘못되었습니다.',
      action: '파일 ID와 연결을 확인하세요. 둘 다 정상이면 대개 재시도로 해결됩니다.',
    },
    in2023: { name: 'VOICE_DOWNLOAD_COS_INTERNAL_FAIL' },
  },
  {
    code: 12292,
    name: 'QAVPTTERROR_DOWNLOAD_REMOTEFILE_ACCESSERROR',
    aliases: ['VOICE_DOWNLOAD_REMOTEFILE_ACCESS_ERROR'],
    category: 'download',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The voice file on the server could not be accessed.',
      cause: 'The server-side storage failed or no longer holds the file (uploads are kept for 90 days).',
      action: 'Check the connection and that the file id is recent; an expired file cannot be recovered.',
    },
    ko: {
      summary: '서버에 있는 음성 파일에 접근할 수 없습니다.',
      cause: '서버 저장소에 오류가 있거나 파일이 더는 없습니다(업로드한 파일은 90일간 보관됩니다).',
      action: '연결 상태와 파일 ID가 최근 것인지 확인하세요. 만료된 파일은 되살릴 수 없습니다.',
    },
    in2023: { name: 'VOICE_DOWNLOAD_REMOTEFILE_ACCESS_ERROR' },
  },
  {
    code: 12293,
    name: 'QAVPTTERROR_DOWNLOAD_GET_SIGN_NETWORK_FAIL',
    aliases: ['VOICE_DOWNLOAD_GET_SIGN_NETWORK_FAIL'],
    category: 'download',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Fetching the download credentials failed on the network.',
      cause: 'The HTTP request for the download parameters did not reach the server.',
      action: 'Check that the device is online, then retry.',
    },
    ko: {
      summary: '다운로드 자격 정보를 가져오다가 네트워크 오류가 났습니다.',
      cause: '다운로드 매개변수를 받는 HTTP 요청이 서버에 닿지 못했습니다.',
      action: '기기가 온라인 상태인지 확인한 뒤 다시 시도하세요.',
    },
    in2023: { name: 'VOICE_DOWNLOAD_GET_SIGN_NETWORK_FAIL' },
  },
  {
    code: 12294,
    name: 'QAVPTTERROR_DOWNLOAD_SYSTEM_INNER_ERROR',
    aliases: ['VOICE_DOWNLOAD_SYSTEM_INNER_ERROR'],
    category: 'download',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The server sent an empty reply to the request for download parameters.',
      cause: 'A server-side error or a network issue produced a response without data.',
      action: 'Retry after a short delay, and check connectivity if it repeats.',
    },
    ko: {
      summary: '다운로드 매개변수 요청에 서버가 빈 응답을 보냈습니다.',
      cause: '서버 측 오류나 네트워크 문제로 데이터가 없는 응답이 왔습니다.',
      action: '잠시 뒤 다시 시도하고, 반복되면 네트워크 연결을 확인하세요.',
    },
    in2023: { name: 'VOICE_DOWNLOAD_SYSTEM_INNER_ERROR' },
  },
  {
    code: 12295,
    name: 'QAVPTTERROR_DOWNLOAD_GET_SIGN_RSP_DATA_DECODE_FAIL',
    aliases: ['VOICE_DOWNLOAD_GET_SIGN_RSP_DATA_DECODE_FAIL'],
    category: 'download',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The reply carrying the download parameters could not be decoded.',
      cause: 'The response was corrupted or altered on its way to the device.',
      action: 'Retry; if it persists, check proxies or firewalls between the device and GME.',
    },
    ko: {
      summary: '다운로드 매개변수가 담긴 응답을 해석하지 못했습니다.',
      cause: '응답이 기기로 오는 도중에 손상되거나 바뀌었습니다.',
      action: '다시 시도하고, 계속되면 기기와 GME 사이의 프록시나 방화벽을 확인하세요.',
    },
    in2023: { name: 'VOICE_DOWNLOAD_GET_SIGN_RSP_DATA_DECODE_FAIL' },
  },
  {
    code: 12297,
    name: 'QAVPTTERROR_DOWNLOAD_APPINFO_UNSET',
    aliases: ['VOICE_DOWNLOAD_APPINFO_UNSET'],
    category: 'download',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'A download was attempted before voice-message authentication was set.',
      cause:
        '`gme.applyPttAuthbuffer(...)` (ApplyPTTAuthbuffer) has not been called, or its buffer was empty.',
      action: 'Call `gme.applyPttAuthbuffer(...)` with a valid buffer before downloading.',
    },
    ko: {
      summary: '음성 메시지 인증을 설정하기 전에 다운로드를 시도했습니다.',
      cause:
        '`gme.applyPttAuthbuffer(...)`(ApplyPTTAuthbuffer)를 호출하지 않았거나 넘긴 버퍼가 비어 있었습니다.',
      action: '내려받기 전에 올바른 버퍼로 `gme.applyPttAuthbuffer(...)`를 호출하세요.',
    },
    in2023: { name: 'VOICE_DOWNLOAD_APPINFO_UNSET' },
  },
  {
    code: 20481,
    name: 'QAVPTTERROR_PLAYER_INIT_ERR',
    aliases: ['VOICE_PLAY_INIT_ERROR'],
    category: 'player',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The voice-message player failed to initialise.',
      cause: 'The audio output is busy, a permission is missing, or the SDK was not initialised properly.',
      action: 'Check the output device, the permissions and that `gme.init(...)` succeeded, then play again.',
    },
    ko: {
      summary: '음성 메시지 플레이어를 초기화하지 못했습니다.',
      cause: '오디오 출력을 다른 곳에서 쓰고 있거나, 권한이 없거나, SDK 초기화가 제대로 되지 않았습니다.',
      action: '출력 장치와 권한, `gme.init(...)` 성공 여부를 확인한 뒤 다시 재생하세요.',
    },
    in2023: { name: 'VOICE_PLAY_INIT_ERROR' },
  },
  {
    code: 20482,
    name: 'QAVPTTERROR_PLAYER_PLAYING_ERR',
    aliases: ['VOICE_PLAY_PLAYING_ERROR'],
    category: 'player',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Switching to the next voice message during playback failed.',
      cause: 'Playback was interrupted to start another file, and the new playback did not start.',
      action: 'Stop the current playback explicitly, then play the next file.',
    },
    ko: {
      summary: '재생 중에 다음 음성 메시지로 넘어가지 못했습니다.',
      cause: '다른 파일을 틀려고 현재 재생을 끊었지만 새 재생이 시작되지 않았습니다.',
      action: '현재 재생을 명시적으로 멈춘 다음 다음 파일을 재생하세요.',
    },
    in2023: { name: 'VOICE_PLAY_PLAYING_ERROR' },
  },
  {
    code: 20483,
    name: 'QAVPTTERROR_PLAYER_PARAM_NULL',
    aliases: ['VOICE_PLAY_PARAM_NULL'],
    category: 'player',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The playback call received an empty parameter.',
      cause: 'The file path passed to the play API was empty.',
      action: 'Pass the path of an existing voice-message file.',
    },
    ko: {
      summary: '재생 호출에 빈 매개변수가 전달되었습니다.',
      cause: '재생 API에 넘긴 파일 경로가 비어 있습니다.',
      action: '실제로 있는 음성 메시지 파일의 경로를 넘기세요.',
    },
    in2023: { name: 'VOICE_PLAY_PARAM_NULL' },
  },
  {
    code: 20484,
    name: 'QAVPTTERROR_PLAYER_OPENFILE_ERR',
    aliases: ['VOICE_PLAY_OPEN_FILE_ERROR'],
    category: 'player',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The voice-message file could not be opened for playback.',
      cause: 'No file exists at that path, or it cannot be read.',
      action: 'Check the path, download the file first if needed, and play again.',
    },
    ko: {
      summary: '재생할 음성 메시지 파일을 열 수 없습니다.',
      cause: '해당 경로에 파일이 없거나 읽을 수 없습니다.',
      action: '경로를 확인하고, 필요하면 먼저 파일을 내려받은 뒤 다시 재생하세요.',
    },
    in2023: { name: 'VOICE_PLAY_OPEN_FILE_ERROR' },
  },
  {
    code: 20485,
    name: 'QAVPTTERROR_PLAYER_PLAYER_NOT_START_ERR',
    aliases: ['VOICE_PLAY_NOT_START'],
    category: 'player',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Playback did not start.',
      cause: 'The player could not begin, typically because the file is missing or its path is invalid.',
      action: 'Confirm that the file exists and the path is right before calling play.',
    },
    ko: {
      summary: '재생이 시작되지 않았습니다.',
      cause: '대개 파일이 없거나 경로가 잘못되어 플레이어가 재생을 시작하지 못했습니다.',
      action: '재생을 호출하기 전에 파일이 있는지, 경로가 맞는지 확인하세요.',
    },
    in2023: { name: 'VOICE_PLAY_NOT_START' },
  },
  {
    code: 32769,
    name: 'QAVPTTERROR_S2T_INTERNAL_ERROR',
    aliases: ['VOICE_ERR_VOICE_S2T_SYSTEM_INTERNAL_ERROR'],
    category: 'speech-to-text',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Speech-to-text failed with an internal error.',
      cause: 'The speech-to-text service hit an internal error; the real backend code is in the SDK log.',
      action: 'Retry later; if it persists, send the SDK log to GME support.',
    },
    ko: {
      summary: '음성-텍스트 변환이 내부 오류로 실패했습니다.',
      cause: '음성-텍스트 변환 서비스에서 내부 오류가 났으며, 실제 백엔드 코드는 SDK 로그에 있습니다.',
      action: '나중에 다시 시도하고, 계속되면 SDK 로그를 GME 지원팀에 보내세요.',
    },
    in2023: { name: 'VOICE_ERR_VOICE_S2T_SYSTEM_INTERNAL_ERROR' },
  },
  {
    code: 32770,
    name: 'QAVPTTERROR_S2T_NETWORK_FAIL',
    aliases: ['VOICE_ERR_VOICE_S2T_NETWORK_FAIL'],
    category: 'speech-to-text',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Speech-to-text failed because of a network error.',
      cause: 'The request to the recognition service could not complete over the network.',
      action: 'Transient: check the connection and call `gme.speechToText(...)` again.',
    },
    ko: {
      summary: '네트워크 오류로 음성-텍스트 변환에 실패했습니다.',
      cause: '인식 서비스로 보낸 요청이 네트워크 문제로 끝나지 못했습니다.',
      action: '일시적인 문제이므로 연결을 확인하고 `gme.speechToText(...)`를 다시 호출하세요.',
    },
    in2023: { name: 'VOICE_ERR_VOICE_S2T_NETWORK_FAIL' },
  },
  {
    code: 32772,
    name: 'QAVPTTERROR_S2T_RSP_DATA_DECODE_FAIL',
    aliases: ['VOICE_ERR_VOICE_S2T_RSP_DATA_DECODE_FAIL'],
    category: 'speech-to-text',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The speech-to-text reply could not be parsed.',
      cause: 'The response from the service was malformed or cut off.',
      action: 'Retry the conversion; if it repeats, look up the backend code in the log.',
    },
    ko: {
      summary: '음성-텍스트 변환 응답을 해석하지 못했습니다.',
      cause: '서비스가 보낸 응답이 깨졌거나 중간에 잘렸습니다.',
      action: '변환을 다시 시도하고, 반복되면 로그에서 백엔드 코드를 확인하세요.',
    },
    in2023: { name: 'VOICE_ERR_VOICE_S2T_RSP_DATA_DECODE_FAIL' },
  },
  {
    code: 32774,
    name: 'QAVPTTERROR_S2T_APPINFO_UNSET',
    aliases: ['VOICE_ERR_VOICE_S2T_APPINFO_UNSET'],
    category: 'speech-to-text',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Speech-to-text was requested before voice-message authentication was set.',
      cause:
        '`gme.applyPttAuthbuffer(...)` (ApplyPTTAuthbuffer) was never called, or got an empty buffer, before the conversion.',
      action: 'Call `gme.applyPttAuthbuffer(...)` with a valid buffer, then convert.',
    },
    ko: {
      summary: '음성 메시지 인증을 설정하기 전에 음성-텍스트 변환을 요청했습니다.',
      cause:
        '변환 전에 `gme.applyPttAuthbuffer(...)`(ApplyPTTAuthbuffer)를 호출하지 않았거나 빈 버퍼를 넘겼습니다.',
      action: '올바른 버퍼로 `gme.applyPttAuthbuffer(...)`를 호출한 뒤 변환하세요.',
    },
    in2023: { name: 'VOICE_ERR_VOICE_S2T_APPINFO_UNSET' },
  },
  {
    code: 32775,
    name: 'QAVPTTERROR_STREAMIN_RECORD_SUC_REC_FAIL',
    aliases: ['VOICE_ERR_VOICE_STREAMIN_RECORD_SUC_REC_FAIL'],
    category: 'streaming-recognition',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Streaming recognition failed, but the recording was saved.',
      cause:
        'The local recording completed while the live transcription failed, through network or authentication trouble.',
      action:
        'Keep the recording: upload it with `gme.uploadRecordedFile(...)`, then call `gme.speechToText(...)` on its file id.',
    },
    ko: {
      summary: '스트리밍 인식은 실패했지만 녹음은 저장되었습니다.',
      cause: '로컬 녹음은 끝났지만 실시간 변환이 네트워크나 인증 문제로 실패했습니다.',
      action:
        '녹음 파일을 버리지 말고 `gme.uploadRecordedFile(...)`로 업로드한 뒤, 받은 파일 ID로 `gme.speechToText(...)`를 호출하세요.',
    },
    in2023: { name: 'VOICE_ERR_VOICE_STREAMIN_RECORD_SUC_REC_FAIL' },
  },
  {
    code: 32776,
    name: 'QAVPTTERROR_S2T_SIGN_CHECK_FAIL',
    aliases: ['VOICE_ERR_VOICE_S2T_SIGN_CHECK_FAIL'],
    category: 'speech-to-text',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Speech-to-text failed its auth buffer check.',
      cause: 'The voice-message auth buffer is invalid or expired, or its open id does not match Init.',
      action:
        'Call `gme.applyPttAuthbuffer(...)` again with a fresh buffer for the same open id, then retry.',
    },
    ko: {
      summary: '음성-텍스트 변환의 인증 버퍼 검증에 실패했습니다.',
      cause: '음성 메시지 인증 버퍼가 잘못되었거나 만료되었거나, 오픈 ID가 Init 때와 다릅니다.',
      action: '같은 오픈 ID로 새 버퍼를 만들어 `gme.applyPttAuthbuffer(...)`를 다시 호출한 뒤 재시도하세요.',
    },
    in2023: { name: 'VOICE_ERR_VOICE_S2T_SIGN_CHECK_FAIL' },
  },
  {
    code: 32777,
    name: 'QAVPTTERROR_STREAMIN_UPLOADANDRECORD_SUC_REC_FAIL',
    aliases: ['VOICE_ERR_VOICE_STREAMIN_UPLOADANDRECORD_SUC_REC_FAIL'],
    category: 'streaming-recognition',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Streaming recognition failed, but the recording was saved and uploaded.',
      cause: 'Recording and upload both succeeded; only the conversion to text failed.',
      action: 'Call `gme.speechToText(...)` with the file id from the upload to get the text.',
    },
    ko: {
      summary: '스트리밍 인식은 실패했지만 녹음과 업로드는 끝났습니다.',
      cause: '녹음과 업로드는 모두 성공했고 텍스트 변환만 실패했습니다.',
      action: '업로드에서 받은 파일 ID로 `gme.speechToText(...)`를 호출해 텍스트를 받으세요.',
    },
    in2023: { name: 'VOICE_ERR_VOICE_STREAMIN_UPLOADANDRECORD_SUC_REC_FAIL' },
  },
  {
    code: 32784,
    name: 'QAVPTTERROR_S2T_PARAM_NULL',
    aliases: ['VOICE_ERR_VOICE_S2T_PARAM_NULL'],
    category: 'speech-to-text',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'Speech-to-text received an empty parameter.',
      cause: 'The file id passed to `gme.speechToText(...)` (SpeechToText) was empty.',
      action: 'Pass the file id returned by a successful upload.',
    },
    ko: {
      summary: '음성-텍스트 변환에 빈 매개변수가 전달되었습니다.',
      cause: '`gme.speechToText(...)`(SpeechToText)에 넘긴 파일 ID가 비어 있습니다.',
      action: '업로드에 성공했을 때 받은 파일 ID를 넘기세요.',
    },
    in2023: { name: 'VOICE_ERR_VOICE_S2T_PARAM_NULL' },
  },
  {
    code: 32785,
    name: 'QAVPTTERROR_S2T_AUTO_SPEECH_REC_ERROR',
    aliases: ['VOICE_ERR_VOICE_S2T_AUTO_SPEECH_REC_ERROR'],
    category: 'speech-to-text',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The speech recognition service returned an error.',
      cause: 'The backend could not decode or recognise the audio, or its translation step failed.',
      action: 'Read the backend code in the SDK log, and send the log to GME support if it persists.',
    },
    ko: {
      summary: '음성 인식 서비스가 오류를 돌려주었습니다.',
      cause: '백엔드가 오디오를 디코딩하거나 인식하지 못했거나, 번역 단계가 실패했습니다.',
      action: 'SDK 로그에서 백엔드 코드를 확인하고, 계속되면 로그를 GME 지원팀에 보내세요.',
    },
    in2023: { name: 'VOICE_ERR_VOICE_S2T_AUTO_SPEECH_REC_ERROR' },
  },
  {
    code: 32786,
    name: 'QAVPTTERROR_ERR_VOICE_STREAMIN_RUNING_ERROR',
    aliases: ['VOICE_ERR_VOICE_STREAMIN_RUNING_ERROR'],
    category: 'streaming-recognition',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'A streaming recognition job is still running.',
      cause: 'A new recording or recognition started before the previous streaming job reported its result.',
      action: "Wait for the running job's completion event before starting another.",
    },
    ko: {
      summary: '스트리밍 인식 작업이 아직 진행 중입니다.',
      cause: '이전 스트리밍 작업이 결과를 알리기 전에 새 녹음이나 인식을 시작했습니다.',
      action: '진행 중인 작업의 완료 이벤트를 기다린 뒤 다음 작업을 시작하세요.',
    },
    in2023: { name: 'VOICE_ERR_VOICE_STREAMIN_RUNING_ERROR' },
  },
  /** The SDK headers (2.9.15) define this error as decimal 50012; the 2023 page writes it 0x50012 (327698), see that entry. */
  {
    code: 50012,
    name: 'QAVPTTERROR_ERR_VOICE_STREAMING_ASR_ERROR',
    aliases: ['VOICE_ERR_VOICE_STREAMING_ASR_ERROR'],
    category: 'streaming-recognition',
    tables: ['gme-2022', 'gme-2023'],
    en: {
      summary: 'The streaming speech recognition request failed.',
      cause:
        'The ASR service rejected or failed the streaming request; the recording itself is normally intact.',
      action:
        'Upload the recording with `gme.uploadRecordedFile(...)` if that has not happened yet, and call `gme.speechToText(...)` on it instead.',
    },
    ko: {
      summary: '스트리밍 음성 인식 요청이 실패했습니다.',
      cause: 'ASR 서비스가 스트리밍 요청을 거부하거나 처리하지 못했으며, 녹음 파일 자체는 보통 멀쩡합니다.',
      action:
        '아직 업로드하지 않았다면 `gme.uploadRecordedFile(...)`로 녹음을 업로드하고, 대신 `gme.speechToText(...)`를 호출하세요.',
    },
    in2023: { name: 'VOICE_ERR_VOICE_STREAMING_ASR_ERROR' },
  },
] as const satisfies readonly CatalogEntry[];
