// Surname readings pinyin-pro's surname mode gets wrong, as data: the reading a name takes when the
// character is a surname (种 is Chong as a surname, Zhong otherwise).
export const SURNAME_READINGS: Record<string, string[]> = {
  种: ['chong'],
  秘: ['bi'],
  黑: ['he'],
  么: ['yao'],
  祭: ['zhai'],
  单于: ['chan', 'yu'],
};
