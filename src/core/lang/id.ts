import type { LanguagePack } from './types';
import { idPage } from './id-page';

export const id: LanguagePack = {
  ...idPage,
  wordsAsNames: true,
  abbreviations: `jl jln no dr drs dra ir prof hj h kh tbk pt cv st sh se mm mt msc phd bpk ibu sdr yth dkk dll dsb tsb a.n u.p kab kec kel rt rw
kol brigjen mayjen letjen jend kapt kompol akbp kombes irjen komjen aiptu bripka no.`.split(/\s+/),
  conjunctions: 'dan tetapi tapi namun atau karena sementara serta'.split(' '),
  demonstratives: ['ini', 'itu'],
  originWords: ['asal', 'dari'],
  phraseOpeners: 'di ke dari kepada pada untuk dengan dalam oleh bagi tentang terhadap sejak menurut'.split(' '),
  subordinators: 'ketika saat setelah sebelum karena meski meskipun walaupun jika bila sejak sementara'.split(' '),
  speechVerbs: `kata katanya ujar ujarnya ucap ucapnya tutur tuturnya jelas jelasnya ungkap ungkapnya tegas tegasnya imbuh imbuhnya tambah
tambahnya lanjut lanjutnya terang terangnya papar paparnya sebut sebutnya pungkas pungkasnya kilah kilahnya ucapnya beber bebernya
tandas tandasnya katakan mengatakan menyatakan menjelaskan mengungkapkan menegaskan menambahkan menuturkan menyebutkan memaparkan
menerangkan berkata bilang menurut menyampaikan menilai mengakui mengaku menyebut menekankan mengimbau berpendapat mengklaim menyarankan
tanya tanyanya tulis tulisnya jawab jawabnya keluh keluhnya kenang kenangnya harap harapnya pinta pintanya timpal timpalnya tukas tukasnya
menceritakan bercerita menduga mengingatkan menjawab menanggapi mengeluhkan menyayangkan pesan pesannya`.split(/\s+/),
  pronouns: ['dia', 'ia', 'beliau', 'mereka', 'saya'],
  firstPerson: ['saya'],
  titleCues: ['bertajuk', 'berjudul', 'bertema', 'bertopik', 'topik', 'tema', 'judul', 'tajuk', 'tagar', 'kunci', 'peribahasa', 'pepatah'],
  titles: `presiden wakil wapres menteri menlu menkes menkeu mendagri menhan menko mensos mendikbud menpan ketua kepala direktur dirut gubernur
bupati wali wakil walikota camat lurah kapolri kapolda kapolres kapolsek kasat kanit panglima jenderal kolonel mayor kapten letnan komisaris
ajun besar inspektur brigadir juru bicara jubir anggota sekretaris sekjen direktur pengamat ekonom guru besar dosen rektor dekan hakim jaksa
ustaz kiai haji hj bapak pak ibu bu sdr saudara orangtua orang tua mantan calon pelatih pemain kader politikus politisi tersangka terdakwa warga
dr drs ir prof h kh kombes kompol akbp ajun irjen brigjen komjen jenderal jend mayjen letjen marsekal laksamana ipda iptu aiptu aipda bripka
brigadir briptu bripda kapten kol kolonel letkol mayor serka serma pelda kopda pratu laksda laksdya laksma marsda marsdya marsma plt pj pjs wakapolri kabid kadis kasubdit kabag dirjen
sekda sekretaris camat ketum waketum deputi asisten staf khusus pendiri pemilik utama
peneliti epidemiolog sosiolog psikolog pakar ahli dokter koordinator manajer analis kasi kasubag kabag`.split(/\s+/),
  roleExpansions: {
    menlu: 'menteri luar negeri', menkes: 'menteri kesehatan', menkeu: 'menteri keuangan', mendagri: 'menteri dalam negeri',
    menhan: 'menteri pertahanan', mensos: 'menteri sosial', wapres: 'wakil presiden', jubir: 'juru bicara', dirut: 'direktur utama',
    kapolri: 'kepala kepolisian', sekjen: 'sekretaris jenderal',
  },
  orgWords: `kabupaten kota provinsi kecamatan kelurahan desa dusun polda polres polresta polrestabes polsek polri kementerian kemenkes kemenlu badan dinas universitas
bank masjid candi bandara jalan jl pasar rumah sakit rs rsud pt tbk persero dpr dprd mpr partai gugus pemkot pemprov pemkab kejaksaan kejati kejari pengadilan
sidang sekolah sma smp sd stasiun pelabuhan pulau gunung sungai taman hotel gereja pura lembaga komisi dewan majelis mahkamah asosiasi persatuan
perhimpunan ikatan yayasan fakultas institut tanah air istana balai kantor bidang humas satgas tim pusat direktorat kpu bawaslu kpk bnpb bpbd
tni koramil kodim polisi rumah senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
september oktober november desember
kesehatan keuangan pertanian perhubungan pendidikan perdagangan perindustrian pertahanan kebudayaan pariwisata ketenagakerjaan
kelautan perikanan kehutanan sosial agama koperasi perumahan pertambangan gedung lapangan museum kampus kampung perang kongres laporan peraturan
sekuritas grup persero holding cabang unit induk distribusi wilayah puskesmas pemilu panwaslu
nasional negeri keamanan hukum politik riset teknologi inovasi pembangunan perencanaan sekretariat penanganan percepatan pengendalian
pencegahan penanggulangan bencana daerah umum rakyat masyarakat kabinet kemiskinan konservasi jaringan fraksi
nasdem gerindra golkar pdi-p pdip pks pkb ppp hanura perindo muhammadiyah nahdlatul ulama negara katolik kristen olahraga`.split(/\s+/),
  places: `indonesia malaysia singapura thailand filipina vietnam kamboja laos myanmar brunei timor leste tiongkok china jepang korea
taiwan india pakistan bangladesh australia amerika serikat kanada meksiko brasil argentina inggris prancis perancis jerman belanda belgia
italia spanyol portugal rusia ukraina turki iran irak suriah mesir arab saudi palestina yaman afrika asia eropa utara selatan timur barat
aceh sumut sumbar riau kepri jambi sumsel babel bengkulu lampung banten dki jakarta jabar jateng diy jatim ntb ntt kalbar kalteng
kalsel kaltim kaltara sulut sulteng sulsel sultra gorontalo sulbar maluku malut papua
lhokseumawe langsa sabang binjai medan sibolga padangsidimpuan pematangsiantar bukittinggi padang pariaman payakumbuh sawahlunto
pekanbaru dumai batam tanjungpinang palembang prabumulih lubuklinggau pangkalpinang cilegon serang tangerang bandung bekasi bogor
cimahi cirebon depok sukabumi tasikmalaya magelang pekalongan salatiga semarang surakarta tegal yogyakarta blitar kediri madiun
malang mojokerto pasuruan probolinggo surabaya denpasar mataram kupang pontianak singkawang palangkaraya banjarbaru banjarmasin
balikpapan bontang samarinda tarakan bitung manado tomohon palu makassar palopo parepare kendari ternate tidore jayapura sorong
sleman bantul kulonprogo gunungkidul boyolali cilacap banyumas klaten sukoharjo karanganyar sragen jepara kudus grobogan kendal
purworejo kebumen wonosobo temanggung garut cianjur karawang purwakarta subang indramayu sumedang majalengka kuningan ciamis
sidoarjo gresik lamongan tuban bojonegoro jember banyuwangi lumajang bondowoso situbondo pamekasan sumenep bangkalan tulungagung
trenggalek ponorogo pacitan ngawi magetan nganjuk jombang gianyar badung tabanan buleleng karangasem jembrana lebak pandeglang
maros mimika merauke nabire`.split(/\s+/),
  placeFirstWords: ['jalan', 'jl', 'jln', 'gang', 'gg', 'bandara', 'stasiun', 'pelabuhan', 'terminal'],
  timeWords: 'senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober november desember'.split(' '),
  placeLastWords: ['barat', 'timur', 'utara', 'selatan', 'tengah', 'lor', 'kidul', 'wetan', 'kulon'],
};
